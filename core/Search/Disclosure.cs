namespace PartnershipTeams.Core.Search;

/// <summary>
/// Who sees the personal data of a register item in Teams (emails, phone numbers, participants' names, a contact's
/// notes): the item's owners (who reported the visit, is responsible for the activity, owns the goal, coordinates the
/// partner) and the international function's coordinators. The app reads the register with its own identity, so
/// this rule, not SharePoint's permissions, decides what a chat shows; everyone else sees what the item is, its dates,
/// status and responsible organisation.
/// </summary>
public static class Disclosure
{
    public static bool ShowsPersonalData(string? viewer, IEnumerable<string> owners, bool viewerIsCoordinator) =>
        viewerIsCoordinator
        || (!string.IsNullOrWhiteSpace(viewer) && owners.Any(o => string.Equals(o.Trim(), viewer.Trim(), StringComparison.OrdinalIgnoreCase)));
}
