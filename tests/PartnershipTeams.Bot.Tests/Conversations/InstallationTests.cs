using System.Net;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Conversations;

public sealed class InstallationTests : ConversationTestBase
{
    private async Task<ConversationReference> ConversationAsync() => (await Host.ConversationAsync())!;

    [Fact]
    public async Task Install_StoresTheConversationWithTheUsersEmailAndWelcomesInSwedish()
    {
        Connector.KnowMember(Activities.UserId, "anna.svensson@linkoping.example");

        var calls = await SendAsync(Activities.Installation(ServiceUrl, "add"), expectedCalls: 2);

        Assert.Contains("Välkommen till vänortsrapporteringen", calls.Last().CardText, StringComparison.Ordinal);
        var stored = await ConversationAsync();
        Assert.Equal("a:personal-anna", stored.ConversationId);
        Assert.Equal("anna.svensson@linkoping.example", stored.UserEmail);
        Assert.Equal(ServiceUrl, stored.ServiceUrl);
        Assert.Equal(Activities.TenantId, stored.TenantId);
        Assert.True(stored.Active);
    }

    [Fact]
    public async Task TurnWithoutALocale_FixesNoLanguageButTheFirstTurnWithOneDoes()
    {
        var announcement = Activities.Installation(ServiceUrl, "add");
        announcement.Remove("locale"); // Teams' conversationUpdate says no locale

        var welcome = (await SendAsync(announcement, expectedCalls: 2)).Last();
        var english = (await SendAsync(Activities.Message(ServiceUrl, "help", "en-US"))).Last();
        var stillEnglish = (await SendAsync(Activities.Message(ServiceUrl, "hjälp", "sv-SE"))).Last();

        Assert.Contains("Välkommen till vänortsrapporteringen", welcome.CardText, StringComparison.Ordinal);
        Assert.Contains("What I can help with", english.CardText, StringComparison.Ordinal);
        Assert.Contains("What I can help with", stillEnglish.CardText, StringComparison.Ordinal);
        Assert.Equal("en", (await ConversationAsync()).Language);
    }

    [Fact]
    public async Task LanguageChosenOnTheFirstTurn_IsRememberedForTheConversationAndItsReminders()
    {
        Connector.KnowMember(Activities.UserId, "anna.svensson@linkoping.example");
        await SendAsync(Activities.Installation(ServiceUrl, "add", "en-US"), expectedCalls: 2);

        var reply = (await SendAsync(Activities.Message(ServiceUrl, "hjälp", "sv-SE"))).Last();

        Assert.Contains("What I can help with", reply.CardText, StringComparison.Ordinal);
        var stored = await ConversationAsync();
        Assert.Equal(("en", true, "anna.svensson@linkoping.example"), (stored.Language, stored.Active, stored.UserEmail));
    }

    [Fact]
    public async Task InstallAnnouncedTwice_WelcomesOnce()
    {
        await SendAsync(Activities.Installation(ServiceUrl, "add"), expectedCalls: 2);
        var conversationUpdate = Activities.Base("conversationUpdate", ServiceUrl, "sv-SE");
        conversationUpdate["membersAdded"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = Activities.BotId });

        await Host.PostAsync(conversationUpdate);
        await Host.PostAsync(Activities.Installation(ServiceUrl, "add"));

        Assert.Single(Connector.Calls, c => c.CardText.Contains("Välkommen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Uninstall_MarksTheConversationInactive()
    {
        await SendAsync(Activities.Installation(ServiceUrl, "add"), expectedCalls: 2);

        var response = await Host.PostAsync(Activities.Installation(ServiceUrl, "remove"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await ConversationAsync()).Active);
    }

    [Fact]
    public async Task ReplyRefusedWith403_MarksTheConversationInactive()
    {
        await SendAsync(Activities.Installation(ServiceUrl, "add"), expectedCalls: 2);
        Connector.FailNext(403);

        var response = await Host.PostAsync(Activities.Message(ServiceUrl, "hjälp"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await ConversationAsync()).Active);
    }
}
