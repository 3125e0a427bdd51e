using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Sync;

/// <summary>
/// Whether a goal update sets the goal's status and current value. Reports apply in the order they were made
/// (three reports in one sync window end with the newest); a change to those values made after a report — a
/// manager's edit in the list — wins over that report. The sync's own write of the previous report is no such edit.
/// </summary>
public static class GoalUpdateOrder
{
    /// <param name="update">The report to apply.</param>
    /// <param name="goal">The goal as it is now.</param>
    /// <param name="lastApplied">The report whose time the goal's LastUpdated holds (the one applied last), if any.</param>
    public static bool Applies(GoalUpdate update, GoalSnapshot goal, GoalUpdate? lastApplied)
    {
        var untouchedSinceLastReport = lastApplied is not null
            && goal.Status == lastApplied.Status
            && (lastApplied.Current is not { } current || goal.Current == (double)current);
        return untouchedSinceLastReport
            ? update.ReportedAt > lastApplied!.ReportedAt
            : update.ReportedAt >= goal.Modified;
    }
}

/// <summary>What <see cref="GoalUpdateOrder"/> needs of a goal: the reported values and when it last changed at all.</summary>
public sealed record GoalSnapshot(GoalStatus? Status, double? Current, DateTimeOffset? LastUpdated, DateTimeOffset Modified)
{
    public static GoalSnapshot Of(ListItem goal) => new(
        goal.Choice<GoalStatus>(GoalsList.Status),
        goal.Number(GoalsList.Current),
        goal.Instant(GoalsList.LastUpdated),
        goal.Modified);
}
