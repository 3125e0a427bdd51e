using PartnershipTeams.Core.Search;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Application.Search;

/// <summary>
/// Finds register items by words in their title, organisation, people and places, as people type them (å/ä/ö or
/// not, any case, the beginning of a word). Nothing typed: the reader's own upcoming visits and open follow-ups.
/// Personal data is searched and shown only to those <see cref="Disclosure"/> allows.
/// </summary>
public sealed class RegisterSearch(RegisterIndex index, TimeProvider time)
{
    /// <summary>The most a query reads (Teams shows up to 25 results a page).</summary>
    public const int MaxCount = 25;

    /// <summary>Longer queries are cut: nobody types more, and every word costs a pass over the index.</summary>
    public const int MaxQueryLength = 200;

    private const int MaxWords = 8;

    public async Task<IReadOnlyList<SearchResult>> FindAsync(string? reader, string? query, int skip, int count, CancellationToken cancellationToken)
    {
        var register = await index.CurrentAsync(cancellationToken);
        var coordinator = register.IsCoordinator(reader);
        var words = SearchText.Words(query is { Length: > MaxQueryLength } ? query[..MaxQueryLength] : query).Take(MaxWords).ToList();
        var today = BusinessTimeZone.Today(time);
        IEnumerable<RegisterEntry> found = words.Count == 0
            ? Own(register, reader, today)
            : register.Entries.Where(e => e.Matches(words, register.PlaceWords(e), Disclosure.ShowsPersonalData(reader, e.Owners, coordinator)));
        return [.. found
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(count, 0, MaxCount))
            .Select(e => new SearchResult(e, register.PartnerTitle(e), Disclosure.ShowsPersonalData(reader, e.Owners, coordinator)))];
    }

    /// <summary>The reader's upcoming visits and open follow-ups (activities they are responsible for), soonest first.</summary>
    private static IEnumerable<RegisterEntry> Own(RegisterSnapshot register, string? reader, DateOnly today) =>
        string.IsNullOrWhiteSpace(reader)
            ? []
            : register.Entries
                .Where(e => (e.Kind == SearchKind.Visit && e.Start >= today) || (e.Kind == SearchKind.Activity && e.IsOpen))
                .Where(e => e.Owners.Contains(reader.Trim(), StringComparer.OrdinalIgnoreCase))
                .OrderBy(e => e.Kind == SearchKind.Visit ? e.Start : e.End ?? DateOnly.MaxValue);
}
