using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Sync;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Schema.Mapping;

/// <summary>List items read back as domain records: the other direction of <see cref="ItemFields"/>.</summary>
public static class ItemRecords
{
    /// <summary>A GoalUpdates item as the report it records, or null when a manager left it unreadable.</summary>
    public static GoalUpdate? GoalUpdateOf(ListItem item) =>
        item.LookupId(GoalUpdatesList.Goal) is { } goal
        && ChoiceValue.TryParse<GoalStatus>(item.Text(GoalUpdatesList.Status), out var status)
        && item.Instant(GoalUpdatesList.ReportedAt) is { } reportedAt
            ? new GoalUpdate(
                goal,
                status,
                AsAmount(item.Number(GoalUpdatesList.Current)),
                item.Text(GoalUpdatesList.Comment),
                item.Text(GoalUpdatesList.ReportedByEmail) ?? string.Empty,
                reportedAt,
                item.Text(GoalUpdatesList.SubmissionId) ?? string.Empty)
            : null;

    /// <summary>A stored number as a decimal; one beyond decimal's range (typed into the list by hand) reads as none.</summary>
    public static decimal? AsAmount(double? number) =>
        number is { } n && Math.Abs(n) < 7.9e27 ? (decimal)n : null;

    public static GoalSnapshot GoalSnapshotOf(ListItem goal) => new(
        ChoiceValue.TryParse<GoalStatus>(goal.Text(GoalsList.Status), out var status) ? status : null,
        goal.Number(GoalsList.Current),
        goal.Instant(GoalsList.LastUpdated),
        goal.Modified);
}
