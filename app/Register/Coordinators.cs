using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Application.Register;

/// <summary>The coordinators of the international function: the people named as a partner's coordinator in the register.</summary>
public sealed class Coordinators(IListStore store)
{
    public async Task<bool> IsCoordinatorAsync(string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        // Partners are a handful of rows: read them all rather than filter a column that may not be indexed.
        var partners = await store.QueryAsync(PartnersList.Name, ListQuery.All, cancellationToken);
        return partners.Any(p => string.Equals(p.Text(PartnersList.CoordinatorEmail), email.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
