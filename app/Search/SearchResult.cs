using PartnershipTeams.Core.Search;

namespace PartnershipTeams.Application.Search;

/// <summary>A register item found for a reader: the item, its partner city's title, and whether the reader may see its personal data.</summary>
public sealed record SearchResult(RegisterEntry Entry, string? Partner, bool ShowsPersonalData);
