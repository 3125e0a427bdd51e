using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Schema;

/// <summary>Every list of the register, in the order they are provisioned (lookup targets first).</summary>
public static class PartnershipLists
{
    public static IReadOnlyList<ListSchema> All { get; } =
    [
        PartnersList.Schema,
        ActionPlansList.Schema,
        VisitsList.Schema,
        ActivitiesList.Schema,
        GoalsList.Schema,
        GoalUpdatesList.Schema,
        ReviewCyclesList.Schema,
        RemindersList.Schema,
        OutboxList.Schema,
        ConversationsList.Schema,
        SyncStateList.Schema,
    ];

    public static ListSchema? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
