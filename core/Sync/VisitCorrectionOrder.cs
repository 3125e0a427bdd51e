using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Sync;

/// <summary>
/// Whether a correction sets a visit's content, decided as <see cref="GoalUpdateOrder"/> decides for goals: corrections
/// apply in the order they were made (two corrections in one sync window end with the newer); a change to the visit
/// made after a correction was accepted — a manager's edit in the list — wins over that correction. The sync's own write
/// of the previous correction is no such edit. A withdrawn visit takes no corrections. Times are compared to the whole
/// second, as SharePoint keeps them.
/// </summary>
public static class VisitCorrectionOrder
{
    /// <param name="correction">The correction to apply.</param>
    /// <param name="visit">The visit's item as it is now.</param>
    /// <param name="lastApplied">The correction whose time the item's CorrectedAt holds (the one applied last), if any.</param>
    public static bool Applies(VisitCorrection correction, ListItem visit, VisitVersion? lastApplied)
    {
        if (visit.Flag(VisitsList.Withdrawn) == true)
        {
            return false;
        }

        var made = Whole(correction.CorrectedAt);
        var untouchedSinceLastCorrection = lastApplied is not null && VisitsList.Read(visit) is { } now && SameContent(now, lastApplied.Content);
        return untouchedSinceLastCorrection
            ? made > Whole(lastApplied!.ChangedAt)
            : made >= Whole(visit.Modified);
    }

    /// <summary>Whether the item now holds this correction (it was applied, now or on an earlier delivery).</summary>
    public static bool Holds(ListItem visit, VisitCorrection correction) =>
        visit.Instant(VisitsList.CorrectedAt) is { } at && Whole(at) == Whole(correction.CorrectedAt)
        && string.Equals(visit.Text(VisitsList.CorrectedByEmail), correction.CorrectedByEmail, StringComparison.OrdinalIgnoreCase);

    /// <summary>The same visit content, field by field (lists compare by what they hold).</summary>
    public static bool SameContent(Visit a, Visit b) =>
        a.Title == b.Title && a.PartnerId == b.PartnerId && a.Direction == b.Direction && a.Start == b.Start && a.End == b.End
        && a.Organisations.SequenceEqual(b.Organisations) && a.Participants == b.Participants && a.Purpose == b.Purpose
        && a.Themes.SequenceEqual(b.Themes) && a.DemocracyDialogue == b.DemocracyDialogue
        && (a.DemocracyDialogueNote ?? string.Empty) == (b.DemocracyDialogueNote ?? string.Empty)
        && (a.Outcomes ?? string.Empty) == (b.Outcomes ?? string.Empty)
        && a.Costs.SequenceEqual(b.Costs);

    private static DateTimeOffset Whole(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
