using PartnershipTeams.Application.Register;
using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Application.Reminders;

/// <summary>The people a reminded item's <see cref="Responsible"/> names: the person, or the partner's coordinators as the register lists them.</summary>
public sealed class ResponsiblePeople(Coordinators coordinators)
{
    public async Task<IReadOnlyList<string>> OfAsync(Responsible responsible, CancellationToken cancellationToken) =>
        responsible.Email is { } email ? [email]
        : responsible.CoordinatorsOfPartner is { } partner ? await coordinators.OfPartnerAsync(partner, cancellationToken)
        : [];

    public async Task<bool> IncludesAsync(Responsible responsible, string? email, CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(email)
        && (await OfAsync(responsible, cancellationToken)).Contains(email.Trim(), StringComparer.OrdinalIgnoreCase);
}
