using PartnershipTeams.Core.Search;

namespace PartnershipTeams.Core.Domain;

/// <summary>
/// A person the international function keeps in touch with: at a Swedish authority (Utrikesdepartementet, an
/// embassy), in the partner city, at a university or a company. <see cref="PartnerId"/> is empty for those who serve
/// every partnership (the ministry, an embassy).
/// </summary>
public sealed record Contact(
    string Name,
    string Organisation,
    string Role,
    int? PartnerId,
    ContactKind Kind,
    string Email,
    string Phone,
    string Notes)
{
    /// <summary>
    /// Whether the visit was a contact with this person: they are named among its participants, or their organisation
    /// is one of the visit's organisations or named among its participants (å/ä/ö and case as typed). A visit to another
    /// partner is no contact with a partner's own people.
    /// </summary>
    public bool WasMetOn(Visit visit) =>
        (PartnerId is null || PartnerId == visit.PartnerId)
        && (SearchText.Mentions(visit.Participants, Name)
            || SearchText.Mentions(visit.Participants, Organisation)
            || visit.Organisations.Any(o => SearchText.Fold(o) == SearchText.Fold(Organisation) && Organisation.Length > 0));

    /// <summary>The day of the latest of these visits that was a contact and has ended by <paramref name="today"/>, or null.</summary>
    public DateOnly? LastContactOn(IEnumerable<Visit> visits, DateOnly today) =>
        visits.Where(v => v.End <= today && WasMetOn(v)).Select(v => (DateOnly?)v.End).Max();
}
