using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Functions.Tests.Reminders;

/// <summary>
/// A reminder to someone who never installed the app: installed through Graph as "Proactive installation of apps
/// using Graph" documents it (https://learn.microsoft.com/microsoftteams/platform/graph-api/proactive-bots-and-messages/graph-proactive-bots-and-messages),
/// then sent once; without the permission, or for no such user, the ledger says why and nothing is tried again.
/// </summary>
public sealed class ProactiveInstallationTests : IAsyncLifetime
{
    private const string Responsible = "li.wei@linkoping.example";
    private const string ManifestId = "6f0c2b1e-manifest-partnershipteams";
    private static readonly CancellationToken None = CancellationToken.None;

    private FakeGraphServer graph = null!;
    private FakeConnectorServer connector = null!;
    private ProductApp app = null!;
    private int activityId;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphServer.StartAsync();
        connector = await FakeConnectorServer.StartAsync();

        // Wednesday 2026-11-25 07:30 in Stockholm: seven days before a follow-up due Wednesday 2026-12-02.
        app = new ProductApp(
            new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero),
            new Dictionary<string, string?>
            {
                ["Bot:GraphBaseUrl"] = graph.BaseUrl,
                ["Bot:ManifestId"] = ManifestId,
                ["Bot:ServiceUrl"] = connector.ServiceUrl,
            },
            services: services => services.AddSingleton(new BotCredential(new StaticTokenCredential("graph-token"))));
        activityId = await ReminderScene.FollowUpAsync(app.Store, Responsible, new DateOnly(2026, 12, 2), "Boka lokal för kulturutbytet", ThematicArea.Culture);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
        await graph.DisposeAsync();
    }

    private IReadOnlyList<ConnectorCall> ReminderCards() =>
        [.. connector.Calls.Where(c => c.Method == "POST" && c.CardText.Contains("Boka lokal för kulturutbytet", StringComparison.Ordinal))];

    private async Task<StateEntry> LedgerAsync() =>
        Assert.Single(await app.Services.GetRequiredService<IOperationalStore>().QueryAsync(StateTable.Reminders, "Recipient", Responsible, None));

    /// <summary>Teams answers an install with a conversationUpdate to the bot, as the real service does.</summary>
    private void TeamsAnnouncesInstalls() =>
        graph.TeamsApps.OnInstalled = (userId, chatId) => connector.AnnounceInstallAsync(app.CreateClient(), chatId, userId, Responsible);

    [Fact]
    public async Task RecipientWhoNeverInstalledTheApp_GetsItInstalledAndTheReminderOnce()
    {
        var userId = graph.TeamsApps.AddUser(Responsible);
        graph.TeamsApps.Publish(ManifestId);
        TeamsAnnouncesInstalls();

        await app.RunAsync("reminders");
        await app.RunAsync("reminders");

        Assert.Equal(1, graph.TeamsApps.Installs);
        var card = Assert.Single(ReminderCards());
        Assert.Equal($"/v3/conversations/{FakeTeamsApps.ChatIdOf(userId)}/activities", card.Path);
        Assert.Equal("Sent", (await LedgerAsync())["Outcome"]);
        Assert.Equal(
            [
                $"GET /users/{Responsible}",
                "GET /appCatalogs/teamsApps",
                $"GET /users/{userId}/teamwork/installedApps",
                $"POST /users/{userId}/teamwork/installedApps",
                $"GET /users/{userId}/teamwork/installedApps",
                $"GET /users/{userId}/teamwork/installedApps/inst-new-{userId}/chat",
            ],
            graph.TeamsApps.Calls);
        Assert.NotNull(await app.Conversations.PersonalChatOfAsync(Responsible, None));
    }

    [Fact]
    public async Task WhenTheConversationUpdateHasNotComeYet_TheChatGraphNamesIsUsedAndRemembered()
    {
        var userId = graph.TeamsApps.AddUser(Responsible);
        graph.TeamsApps.Publish(ManifestId);

        await app.RunAsync("reminders");

        var card = Assert.Single(ReminderCards());
        Assert.Equal($"/v3/conversations/{FakeTeamsApps.ChatIdOf(userId)}/activities", card.Path);
        Assert.Equal(FakeTeamsApps.ChatIdOf(userId), (await app.Conversations.PersonalChatOfAsync(Responsible, None))?.ConversationId);
    }

    [Fact]
    public async Task AppInstalledByThePersonBefore_IsNotInstalledAgainAndTheReminderGoesToItsChat()
    {
        var userId = graph.TeamsApps.AddUser(Responsible);
        graph.TeamsApps.MarkInstalled(userId, graph.TeamsApps.Publish(ManifestId));

        await app.RunAsync("reminders");

        Assert.Equal(0, graph.TeamsApps.Installs);
        Assert.Single(ReminderCards());
    }

    public static TheoryData<string, string> Unreachable() => new()
    {
        { "no install permission", "NoPermission" },
        { "no user permission", "NoPermission" },
        { "no such user", "UserNotFound" },
        { "not in the catalog", "AppNotInCatalog" },
    };

    [Theory]
    [MemberData(nameof(Unreachable))]
    public async Task RecipientWhoCannotBeReached_IsRecordedWithTheReasonAndNotTriedAgain(string situation, string outcome)
    {
        if (situation != "no such user")
        {
            graph.TeamsApps.AddUser(Responsible);
        }

        if (situation != "not in the catalog")
        {
            graph.TeamsApps.Publish(ManifestId);
        }

        graph.TeamsApps.CanInstall = situation != "no install permission";
        graph.TeamsApps.CanReadUsers = situation != "no user permission";

        await app.RunAsync("reminders");
        var callsAfterFirstRun = graph.TeamsApps.Calls.Count;
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        await app.RunAsync("reminders");
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.RunAsync("reminders");

        var ledger = await LedgerAsync();
        Assert.Equal(outcome, ledger["Outcome"]);
        Assert.Equal("1", ledger["Attempts"]);
        Assert.Equal(callsAfterFirstRun, graph.TeamsApps.Calls.Count);
        Assert.Empty(ReminderCards());
    }

    [Fact]
    public async Task RecipientWhoCouldNotBeReached_IsListedInTheCoordinatorsDigestWithWhy()
    {
        graph.TeamsApps.AddUser(Responsible);
        graph.TeamsApps.Publish(ManifestId);
        graph.TeamsApps.CanInstall = false;
        await app.Conversations.RememberAsync(new ConversationReference(
            "19:coordinators@thread.tacv2", ConversationScope.Channel, connector.ServiceUrl, Activities.TenantId, "Internationella funktionen – Allmänt",
            null, null, null, "sv-SE", Active: true, app.Clock.GetUtcNow(), AddedBy: "internationella@linkoping.example"), None);
        await app.RunAsync("reminders");

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 6, 30, 0, TimeSpan.Zero)); // Monday 07:30
        await app.RunAsync("reminders");

        var digest = Assert.Single(connector.Calls, c => c.Path.Contains("19:coordinators", StringComparison.Ordinal));
        Assert.Contains("Påminnelser som inte kunde lämnas", digest.CardText, StringComparison.Ordinal);
        Assert.Contains($"{Responsible} – appen saknar behörighet att installeras för personer", digest.CardText, StringComparison.Ordinal);
    }
}
