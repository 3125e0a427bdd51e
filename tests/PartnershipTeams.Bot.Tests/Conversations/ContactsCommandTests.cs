using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Conversations;

public sealed class ContactsCommandTests : ConversationTestBase
{
    [Theory]
    [InlineData("kontakter guangzhou", "sv-SE", "Kontakter för Guangzhou")]
    [InlineData("Contacts Guangzhou", "en-US", "Contacts for Guangzhou")]
    public async Task ContactsOfAPartner_ListsItsPeopleAndTheAuthoritiesButNotOtherPartners(string text, string locale, string heading)
    {
        var calls = await SendAsync(Activities.Message(ServiceUrl, text, locale));

        var card = LastCard(calls);
        Assert.Equal(heading, (string?)card["body"]![0]!["text"]);
        var shown = calls.Last().CardText;
        Assert.Contains("Chen Jing", shown, StringComparison.Ordinal);
        Assert.Contains("Utrikesdepartementet", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("University of Macau", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactsAskedByStaffWhoAreNotCoordinators_ShowNoEmailOrPhone()
    {
        Connector.KnowMember(Activities.UserId, "anna.svensson@linkoping.example");

        var calls = await SendAsync(Activities.Message(ServiceUrl, "kontakter"));

        var shown = calls.Last().CardText;
        Assert.Contains("Generalkonsulatet i Hongkong", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("@ud.example", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("+46", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactsAskedByACoordinator_ShowEmailAndPhone()
    {
        Connector.KnowMember(Activities.UserId, "internationella@linkoping.example");

        var calls = await SendAsync(Activities.Message(ServiceUrl, "kontakter"));

        Assert.Contains("anna.berg@ud.example", calls.Last().CardText, StringComparison.Ordinal);
    }
}
