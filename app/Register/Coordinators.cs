using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Application.Register;

/// <summary>The coordinators of the international function: the people named as a partner's coordinator in the register (<see cref="Core.Domain.Partner.Coordinators"/>).</summary>
public sealed class Coordinators(IListStore store)
{
    public async Task<bool> IsCoordinatorAsync(string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        // Partners are a handful of rows: read them all rather than filter a column that may not be indexed.
        var partners = await store.QueryAsync(PartnersList.Records, ListQuery.All, cancellationToken);
        return partners.Any(p => p.Value.IsCoordinator(email));
    }

    /// <summary>The coordinators of one partner (none when it has no readable item).</summary>
    public async Task<IReadOnlyList<string>> OfPartnerAsync(int partnerId, CancellationToken cancellationToken) =>
        (await store.GetAsync(PartnersList.Records, partnerId, cancellationToken))?.Coordinators ?? [];
}
