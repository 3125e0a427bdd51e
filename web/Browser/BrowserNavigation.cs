using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Web.Browser;

/// <summary>
/// The lists in the managers' navigation. The goal updates are the goals' history (shown from each goal's page), not a
/// list managers work in; it stays reachable from the index and from the goals.
/// </summary>
public static class BrowserNavigation
{
    public static IReadOnlyList<ListSchema> ManagerLists { get; } = [.. PartnershipLists.All.Where(s => s.Name != GoalUpdatesList.Name)];
}
