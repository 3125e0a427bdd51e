using System.Net;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Conversations;

public sealed class InstallationTests : ConversationTestBase
{
    private async Task<PartnershipTeams.Core.Schema.ListItem> ConversationAsync() =>
        Assert.Single(await Host.Store.QueryAsync(ConversationsList.Name, ListQuery.All, CancellationToken.None));

    [Fact]
    public async Task Install_StoresTheConversationWithTheUsersEmailAndWelcomesInSwedish()
    {
        Connector.KnowMember(Activities.UserId, "anna.svensson@linkoping.example");

        var calls = await SendAsync(Activities.Installation(ServiceUrl, "add"), expectedCalls: 2);

        Assert.Contains("Välkommen till vänortsrapporteringen", calls.Last().CardText, StringComparison.Ordinal);
        var stored = await ConversationAsync();
        Assert.Equal("a:personal-anna", stored.Text(ConversationsList.ConversationId));
        Assert.Equal("anna.svensson@linkoping.example", stored.Text(ConversationsList.UserEmail));
        Assert.Equal(ServiceUrl, stored.Text(ConversationsList.ServiceUrl));
        Assert.Equal(Activities.TenantId, stored.Text(ConversationsList.TenantId));
        Assert.True(stored.Flag(ConversationsList.Active));
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
        Assert.False((await ConversationAsync()).Flag(ConversationsList.Active));
    }

    [Fact]
    public async Task Reply_RefusedWith403_MarksTheConversationInactive()
    {
        await SendAsync(Activities.Installation(ServiceUrl, "add"), expectedCalls: 2);
        Connector.FailNext(403);

        var response = await Host.PostAsync(Activities.Message(ServiceUrl, "hjälp"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await ConversationAsync()).Flag(ConversationsList.Active));
    }
}
