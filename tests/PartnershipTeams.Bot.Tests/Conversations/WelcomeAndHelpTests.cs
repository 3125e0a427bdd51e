using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Tests.InMemory;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>Issue 23 item 10: help's buttons left out "mina besök"; a welcome Teams gave no language for came in Swedish only.</summary>
public sealed class WelcomeAndHelpTests : InMemoryConversationTestBase
{
    private static JsonObject InstallAnnouncedWithoutALocale()
    {
        // Teams' conversationUpdate (and the Agents Playground's) says no locale.
        var announcement = Activities.Base("conversationUpdate", "placeholder", "sv-SE");
        announcement.Remove("locale");
        announcement["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
        return announcement;
    }

    [Fact]
    public async Task Help_OffersMyVisitsAmongItsButtons()
    {
        var help = LastCard(await SendAsync(Activities.Message(ServiceUrl, "hjälp")));

        Assert.Contains(ConnectorCall.ActionsOf(help), a => (string?)a["title"] == "mina besök");
    }

    [Fact]
    public async Task HelpInEnglish_OffersMyVisitsToo()
    {
        var help = LastCard(await SendAsync(Activities.Message(ServiceUrl, "help", "en-US")));

        Assert.Contains(ConnectorCall.ActionsOf(help), a => (string?)a["title"] == "my visits");
    }

    [Fact]
    public async Task InstallWithoutALocale_WelcomesInSwedishAndEnglish()
    {
        var announcement = InstallAnnouncedWithoutALocale();
        announcement["serviceUrl"] = ServiceUrl;

        var welcome = (await SendAsync(announcement)).Last();

        Assert.Contains("Välkommen till vänortsrapporteringen", welcome.CardText, StringComparison.Ordinal);
        Assert.Contains("Welcome to partner-city reporting", welcome.CardText, StringComparison.Ordinal);
        Assert.Equal(["hjälp", "help"], ConnectorCall.ActionsOf(welcome.Card).Select(a => (string?)a["title"]));
    }

    [Fact]
    public async Task InstallWithAnEnglishLocale_WelcomesInEnglishOnly()
    {
        var welcome = (await SendAsync(Activities.Installation(ServiceUrl, "add", "en-US"))).Last();

        Assert.Contains("Welcome to partner-city reporting", welcome.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Välkommen", welcome.CardText, StringComparison.Ordinal);
    }
}
