using System.Text;
using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Reminders;

/// <summary>
/// The weekly digest goes to the team channels a coordinator (a partner's coordinator in the register) added the
/// app to, and a coordinator can ask for it at any time, in a channel by @mentioning the bot or in chat.
/// </summary>
public sealed class ChannelDigestTests : IAsyncLifetime
{
    private const string Coordinator = "internationella@linkoping.example";
    private const string Colleague = "erik.handlaggare@linkoping.example";

    // Monday 2026-11-30 07:30 in Stockholm: the first working day of the week.
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 30, 6, 30, 0, TimeSpan.Zero));
    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private static JsonObject InChannel(JsonObject activity, string channel, string userId)
    {
        activity["conversation"] = new JsonObject { ["id"] = channel, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Activities.TenantId };
        activity["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = userId[3..] };
        return activity;
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        (await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content)).EnsureSuccessStatusCode();
    }

    /// <summary>A person adds the app to a team: Teams sends installationUpdate in the team's channel, from them.</summary>
    private async Task AddedToTeamByAsync(string channel, string userId, string email)
    {
        connector.KnowMember(userId, email);
        await PostAsync(InChannel(Activities.Installation(connector.ServiceUrl, "add"), channel, userId));
    }

    private IReadOnlyList<ConnectorCall> Digests(string channel) =>
        [.. connector.Calls.Where(c => c.Path.Contains(channel, StringComparison.Ordinal) && c.CardText.Contains("Veckoöversikt", StringComparison.Ordinal))];

    [Fact]
    public async Task WeeklyDigestGoesToTheChannelACoordinatorAddedTheAppTo_NotToOthers()
    {
        await AddedToTeamByAsync("19:internationella@thread.tacv2", "29:coordinator", Coordinator);
        await AddedToTeamByAsync("19:kulturforvaltningen@thread.tacv2", "29:colleague", Colleague);

        await app.RunAsync("reminders");

        Assert.Single(Digests("19:internationella@thread.tacv2"));
        Assert.Empty(Digests("19:kulturforvaltningen@thread.tacv2"));
    }

    [Fact]
    public async Task CoordinatorMentioningTheBotWithSammanfattning_GetsTheDigestInTheChannelNow()
    {
        connector.KnowMember("29:coordinator", Coordinator);

        await PostAsync(InChannel(Activities.Message(connector.ServiceUrl, "<at>Vänortssamarbete</at> sammanfattning"), "19:internationella@thread.tacv2", "29:coordinator"));

        var digest = Assert.Single(Digests("19:internationella@thread.tacv2"));
        Assert.Contains("Förfaller inom 30 dagar", digest.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWhoIsNotACoordinatorAskingForTheDigest_IsToldItIsForCoordinators()
    {
        connector.KnowMember(Activities.UserId, Colleague);

        await PostAsync(Activities.Message(connector.ServiceUrl, "digest", locale: "en-GB"));

        var answer = connector.Calls.Last();
        Assert.Equal("The weekly digest is for the coordinators of the international function.", (string?)answer.Body!["text"]);
        Assert.Empty(Digests(Activities.ConversationId));
    }
}
