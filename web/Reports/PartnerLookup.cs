using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Web.Reports;

/// <summary>A partner named in a URL or a command: its id, or its title in any letter case ("guangzhou").</summary>
public static class PartnerLookup
{
    public static async Task<int?> FindAsync(IListStore store, string partner, CancellationToken cancellationToken)
    {
        var partners = await store.QueryAsync(PartnersList.Name, ListQuery.All, cancellationToken);
        return int.TryParse(partner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && partners.Any(p => p.Id == id)
            ? id
            : partners.FirstOrDefault(p => string.Equals(p.Text(PartnersList.Title), partner, StringComparison.OrdinalIgnoreCase))?.Id;
    }
}
