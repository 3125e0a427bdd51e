using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Functions.Tests.Notifications;

/// <summary>Graph change notifications against SharePoint on the local Graph server: handshake, clientState, debounced sync, subscription upkeep.</summary>
public sealed class ChangeNotificationTests : IAsyncLifetime
{
    private const string Secret = "client-state-secret-1";
    private static readonly CancellationToken None = CancellationToken.None;
    private FakeGraphServer graph = null!;
    private ProductApp app = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphServer.StartAsync();
        app = new ProductApp(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), new Dictionary<string, string?>
        {
            ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/partnerships",
            ["SharePoint:GraphBaseUrl"] = graph.BaseUrl,
            ["Notifications:Url"] = "https://partnerships.example/api/notifications",
            ["Notifications:ClientState"] = Secret,
            ["Notifications:Debounce"] = "00:00:05",
        });
        _ = app.Server;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await graph.DisposeAsync();
    }

    private async Task<HttpResponseMessage> NotifyAsync(string clientState, string list)
    {
        var store = (GraphListStore)app.Store;
        var body = new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = "sub-1",
                ["clientState"] = clientState,
                ["changeType"] = "updated",
                ["resource"] = store.ResourceOf(list),
                ["tenantId"] = "tenant",
            }),
        };
        return await app.CreateClient().PostAsync(new Uri("/api/notifications", UriKind.Relative), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    /// <summary>A submission recorded but never queued, long enough ago that a sync queues it (and its broken payload fails once).</summary>
    private async Task RecordUnqueuedSubmissionAsync() =>
        await app.Submissions.AcceptAsync(new AcceptedSubmission("sub-x", SubmissionTypes.GoalUpdate.Kind, "x", "x@linkoping.example", "{ broken", app.Clock.GetUtcNow() - PendingSubmissions.Grace), None);

    private async Task<int> AttemptsAsync() => (await app.Submissions.FindAsync("sub-x", None))!.Attempts;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    [Fact]
    public async Task SubscriptionHandshake_EchoesTheValidationTokenAsPlainText()
    {
        var response = await app.CreateClient().PostAsync(new Uri("/api/notifications?validationToken=Validation%3A%20Testing%20client", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation: Testing client", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NotificationWithOurClientState_RunsOneSyncAfterTheDebounce()
    {
        await RecordUnqueuedSubmissionAsync();

        Assert.Equal(HttpStatusCode.Accepted, (await NotifyAsync(Secret, VisitsList.Name)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await NotifyAsync(Secret, ActivitiesList.Name)).StatusCode);
        Assert.Equal(2, app.Services.GetRequiredService<SyncTrigger>().Requested);
        app.Clock.Advance(TimeSpan.FromSeconds(5));

        await WaitUntilAsync(async () => await AttemptsAsync() >= 1);
        Assert.Equal(1, await AttemptsAsync());
    }

    [Fact]
    public async Task NotificationWithAnotherClientState_IsIgnored()
    {
        await RecordUnqueuedSubmissionAsync();

        var response = await NotifyAsync("forged", VisitsList.Name);

        // The endpoint asks for a sync before it answers, so the answer is the signal that it decided.
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(0, app.Services.GetRequiredService<SyncTrigger>().Requested);
        Assert.Equal(0, await AttemptsAsync());
    }

    [Fact]
    public async Task NotificationWithABodyThatIsNotJson_Is400()
    {
        var response = await app.CreateClient().PostAsync(new Uri("/api/notifications", UriKind.Relative), new StringContent("<xml/>", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("\"x\"")]
    [InlineData("5")]
    [InlineData("{\"value\":5}")]
    [InlineData("{\"value\":[5]}")]
    [InlineData("{\"value\":[{\"clientState\":5,\"resource\":\"x\"}]}")]
    [InlineData("{\"value\":[{\"clientState\":{\"a\":1},\"resource\":\"x\"}]}")]
    [InlineData("{\"value\":[{\"clientState\":\"s\",\"resource\":[]}]}")]
    [InlineData("{\"value\":[],\"value\":[]}")]
    public async Task NotificationWithABodyOfTheWrongShape_Is400(string body)
    {
        var response = await app.CreateClient().PostAsync(new Uri("/api/notifications", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SubscriptionHandshake_TellsBrowsersNotToSniffTheEchoedToken()
    {
        // The echo is attacker-chosen text; without nosniff a browser might render it as HTML.
        var response = await app.CreateClient().PostAsync(new Uri("/api/notifications?validationToken=%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative), null);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task NotificationOverOneMegabyteWithoutContentLength_Is413()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"value\":[\"" + new string('x', 2 * 1024 * 1024) + "\"]}")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await app.CreateClient().PostAsync(new Uri("/api/notifications", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task SubscriptionKeeper_SubscribesRenewsBeforeExpiryAndRecreatesWhatGraphForgot()
    {
        await app.RunAsync("subscriptions");
        var first = graph.SharePoint.Subscriptions;
        Assert.Equal(3, first.Count);
        Assert.All(first.Values, s => Assert.Equal(Secret, (string?)s["clientState"]));
        Assert.All(first.Values, s => Assert.Equal("https://partnerships.example/api/notifications", (string?)s["notificationUrl"]));

        app.Clock.Advance(TimeSpan.FromDays(10));
        await app.RunAsync("subscriptions");
        Assert.Equal(0, graph.Count("subscriptions.patch"));

        app.Clock.Advance(TimeSpan.FromDays(11));
        await app.RunAsync("subscriptions");
        Assert.Equal(3, graph.Count("subscriptions.patch"));
        Assert.Equal(first.Keys.Order(), graph.SharePoint.Subscriptions.Keys.Order());

        graph.SharePoint.ForgetSubscriptions();
        app.Clock.Advance(TimeSpan.FromDays(21));
        await app.RunAsync("subscriptions");
        Assert.Equal(3, graph.SharePoint.Subscriptions.Count);
        Assert.Empty(graph.SharePoint.Subscriptions.Keys.Intersect(first.Keys));
    }
}
