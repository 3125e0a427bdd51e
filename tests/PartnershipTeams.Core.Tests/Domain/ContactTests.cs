using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Tests.Domain;

public sealed class ContactTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static Contact Bureau(int? partner = 1) =>
        new("Chen Jing", "Guangzhous utbildningsbyrå", "Sektionschef", partner, ContactKind.PartnerCity, "chen@example.com", string.Empty, string.Empty);

    private static Visit Visit(int partner, DateOnly end, string participants, params string[] organisations) =>
        new("Besök", partner, VisitDirection.Incoming, end.AddDays(-2), end, organisations, participants, "Syfte", [], DemocracyDialogue.NotApplicable,
            null, null, [], [], "a@example.com", DateTimeOffset.UnixEpoch, Guid.NewGuid().ToString());

    [Fact]
    public void VisitNamingTheOrganisationWithoutDiacritics_IsTheLastContact()
    {
        var visits = new[]
        {
            Visit(1, new DateOnly(2025, 3, 1), "Två tjänstemän från GUANGZHOUS UTBILDNINGSBYRA"),
            Visit(1, new DateOnly(2026, 10, 4), "Chen Jing och två rektorer"),
            Visit(1, new DateOnly(2026, 11, 20), "Stadsplaneringsbyrån"),
        };

        Assert.Equal(new DateOnly(2026, 10, 4), Bureau().LastContactOn(visits, Today));
    }

    [Fact]
    public void VisitToAnotherPartnerOrNotYetEnded_IsNoContact()
    {
        var visits = new[] { Visit(2, new DateOnly(2026, 1, 1), "Chen Jing"), Visit(1, Today.AddDays(3), "Chen Jing") };

        Assert.Null(Bureau().LastContactOn(visits, Today));
    }

    [Fact]
    public void AuthorityServingEveryPartner_IsMetOnAnyPartnersVisit()
    {
        var embassy = new Contact("Erik Lund", "Sveriges ambassad i Peking", "Ambassadråd", null, ContactKind.SwedishAuthority, string.Empty, string.Empty, string.Empty);

        Assert.True(embassy.WasMetOn(Visit(2, new DateOnly(2026, 1, 1), "Delegationen", "Linköpings kommun", "Sveriges ambassad i Peking")));
    }
}
