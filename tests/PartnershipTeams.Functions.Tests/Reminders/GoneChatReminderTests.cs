using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Protocol;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Functions.Tests.Reminders;

/// <summary>
/// Issue 23 item 7: the seven-days-before reminder went to a chat that answered 404, was recorded undeliverable and
/// never sent to the person's current chat; the next run called it "handled before". Now it goes once more, to the
/// chat found as proactive installation finds it, and is recorded as delivered, or as unreachable with why.
/// </summary>
public sealed class GoneChatReminderTests : IAsyncLifetime
{
    private const string Responsible = "li.wei@linkoping.example";
    private const string ManifestId = "6f0c2b1e-manifest-partnershipteams";
    private const string OldChat = "a:chat-before-the-app-was-registered-again";
    private static readonly CancellationToken None = CancellationToken.None;

    private FakeGraphServer graph = null!;
    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphServer.StartAsync();
        connector = await FakeConnectorServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await graph.DisposeAsync();
    }

    /// <summary>Wednesday 2026-11-25 07:30 in Stockholm, seven days before the follow-up; Li Wei's stored chat no longer answers.</summary>
    private async Task<ProductApp> SceneAsync(bool withGraph)
    {
        var settings = withGraph
            ? new Dictionary<string, string?> { ["Bot:GraphBaseUrl"] = graph.BaseUrl, ["Bot:ManifestId"] = ManifestId, ["Bot:ServiceUrl"] = connector.ServiceUrl }
            : new Dictionary<string, string?>();
        var app = new ProductApp(
            new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero),
            settings,
            services: services => services.AddSingleton(new BotCredential(new StaticTokenCredential("graph-token"))));
        await ReminderScene.FollowUpAsync(app.Store, Responsible, new DateOnly(2026, 12, 2), "Boka lokal för kulturutbytet", ThematicArea.Culture);
        await app.Conversations.RememberAsync(new ConversationReference(
            OldChat, ConversationScope.Personal, connector.ServiceUrl, Activities.TenantId, "Li Wei", "29:old-li", "li-aad", Responsible, "sv-SE", Active: true, app.Clock.GetUtcNow().AddMonths(-3)), None);
        connector.OnCall = call =>
        {
            if (call.Path.Contains(OldChat, StringComparison.Ordinal))
            {
                connector.FailNext(404);
            }
        };
        return app;
    }

    /// <summary>The reminder cards posted (the coordinators' digest names the follow-up too, in its own channel).</summary>
    private IReadOnlyList<ConnectorCall> ReminderCards() =>
        [.. connector.Calls.Where(c => c.Method == "POST" && !c.Path.Contains("19:coordinators", StringComparison.Ordinal) && c.CardText.Contains("Boka lokal för kulturutbytet", StringComparison.Ordinal))];

    private static async Task<StateEntry> LedgerAsync(ProductApp app) =>
        Assert.Single(await app.Services.GetRequiredService<IOperationalStore>().QueryAsync(StateTable.Reminders, "Recipient", Responsible, None));

    [Fact]
    public async Task ReminderToAChatThatIsGone_IsSentOnceToThePersonsCurrentChatAndRecordedSent()
    {
        await using var app = await SceneAsync(withGraph: true);
        var userId = graph.TeamsApps.AddUser(Responsible);
        graph.TeamsApps.MarkInstalled(userId, graph.TeamsApps.Publish(ManifestId)); // the app is installed for Li Wei: Graph names the chat

        await app.RunAsync("reminders");
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        await app.RunAsync("reminders");

        Assert.Equal(
            [$"/v3/conversations/{OldChat}/activities", $"/v3/conversations/{FakeTeamsApps.ChatIdOf(userId)}/activities"],
            ReminderCards().Select(c => c.Path));
        Assert.Equal("Sent", (await LedgerAsync(app))["Outcome"]);
        Assert.False((await app.Conversations.FindAsync(OldChat, None))!.Active);
        Assert.Equal(FakeTeamsApps.ChatIdOf(userId), (await app.Conversations.PersonalChatOfAsync(Responsible, None))?.ConversationId);
    }

    [Fact]
    public async Task ReminderToAChatThatIsGoneWithNoOtherChatToBeFound_IsRecordedUndeliverableAndTheDigestSaysWhy()
    {
        await using var app = await SceneAsync(withGraph: false); // a laptop: no Graph to find or install the app with
        await app.Conversations.RememberAsync(new ConversationReference(
            "19:coordinators@thread.tacv2", ConversationScope.Channel, connector.ServiceUrl, Activities.TenantId, "Internationella funktionen – Allmänt",
            null, null, null, "sv-SE", Active: true, app.Clock.GetUtcNow(), AddedBy: "internationella@linkoping.example"), None);

        await app.RunAsync("reminders");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 6, 30, 0, TimeSpan.Zero)); // Monday 07:30: the digest
        await app.RunAsync("reminders");

        Assert.Single(ReminderCards());
        Assert.Equal("Undeliverable", (await LedgerAsync(app))["Outcome"]);
        var digest = Assert.Single(connector.Calls, c => c.Path.Contains("19:coordinators", StringComparison.Ordinal));
        Assert.Contains($"{Responsible} – chatten med appen svarar inte längre", digest.CardText, StringComparison.Ordinal);
    }
}
