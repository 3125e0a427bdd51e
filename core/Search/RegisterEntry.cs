namespace PartnershipTeams.Core.Search;

/// <summary>
/// One register item as the search knows it: what it is, its dates, status and responsible organisation (anyone may
/// see these), its owners, and its personal data (participants, emails, phone numbers: only for its owners and the
/// coordinators, <see cref="Disclosure"/>). Words are folded once, when the item is read.
/// </summary>
public sealed record RegisterEntry(
    SearchKind Kind,
    string List,
    int Id,
    string Title,
    int? PartnerId,
    DateOnly? Start,
    DateOnly? End,
    Enum? Status,
    string Organisation,
    IReadOnlyList<string> Owners,
    IReadOnlyList<(string Field, string Value)> PersonalData,
    bool IsOpen)
{
    /// <summary>Folded words anyone may find it by: its title, organisation, role, country.</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>Folded words of its personal data: found by them only by those who may see them.</summary>
    public required IReadOnlyList<string> PersonalWords { get; init; }

    /// <summary>Whether every word of the query begins a word of the item, of its partner (<paramref name="placeWords"/>), or (when the reader may see it) of its personal data.</summary>
    public bool Matches(IReadOnlyList<string> query, IReadOnlyList<string> placeWords, bool personal) =>
        query.All(q => Begins(Words, q) || Begins(placeWords, q) || (personal && Begins(PersonalWords, q)));

    private static bool Begins(IReadOnlyList<string> words, string prefix)
    {
        foreach (var word in words)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
