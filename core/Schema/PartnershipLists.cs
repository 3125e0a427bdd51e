using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Schema;

/// <summary>Every list of the register (what managers browse and edit), in the order they are provisioned (lookup targets first).</summary>
public static class PartnershipLists
{
    public static IReadOnlyList<ListSchema> All { get; } =
    [
        PartnersList.Schema,
        ActionPlansList.Schema,
        VisitsList.Schema,
        VisitVersionsList.Schema,
        ActivitiesList.Schema,
        GoalsList.Schema,
        GoalUpdatesList.Schema,
        ReviewCyclesList.Schema,
        ContactsList.Schema,
    ];

    /// <summary>
    /// Lists the first version kept its bookkeeping in. That now lives in the operational state (Azure Tables); a
    /// site that still has them is left as it is, and told once that they can be removed.
    /// </summary>
    public static IReadOnlyList<string> Retired { get; } = ["Outbox", "Reminders", "Conversations", "SyncState"];

    public static ListSchema? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
