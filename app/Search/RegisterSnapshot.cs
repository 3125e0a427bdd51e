using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Search;

namespace PartnershipTeams.Application.Search;

/// <summary>The register's searchable items at one moment, with each partner's words (its title and country: the places the search knows) and coordinators.</summary>
public sealed class RegisterSnapshot
{
    public RegisterSnapshot(IReadOnlyList<RegisterEntry> entries)
    {
        Entries = entries;
        Partners = entries.Where(e => e.Kind == SearchKind.Partner).ToDictionary(e => e.Id);
    }

    public IReadOnlyList<RegisterEntry> Entries { get; }

    public IReadOnlyDictionary<int, RegisterEntry> Partners { get; }

    /// <summary>The words of the item's partner city (none when it has none).</summary>
    public IReadOnlyList<string> PlaceWords(RegisterEntry entry) =>
        entry.PartnerId is { } id && entry.Kind != SearchKind.Partner && Partners.TryGetValue(id, out var partner) ? partner.Words : [];

    public string? PartnerTitle(RegisterEntry entry) => entry.PartnerId is { } id && Partners.TryGetValue(id, out var partner) ? partner.Title : null;

    /// <summary>Whether the person coordinates any partner (the international function), as the Partners list names them (<see cref="Partner.IsCoordinator"/>).</summary>
    public bool IsCoordinator(string? email) =>
        !string.IsNullOrWhiteSpace(email) && Partners.Values.Any(p => p.Owners.Contains(email.Trim(), StringComparer.OrdinalIgnoreCase));
}
