using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;
using PartnershipTeams.TestSupport.Logging;

namespace PartnershipTeams.Functions.Tests.Notifications;

/// <summary>
/// Issue 25 item 3: a batch of notifications the endpoint ignores is one warning with the count, not one per entry
/// (Application Insights bills by volume, and a thousand lines hide the next real problem).
/// </summary>
public sealed class NotificationLogVolumeTests : IAsyncLifetime
{
    private const string Secret = "client-state-secret-1";
    private const int BatchSize = 1_000;
    private readonly LogRecorder logs = new();
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
        }, services: s => s.AddSingleton<ILoggerProvider>(logs));
        _ = app.Server;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await graph.DisposeAsync();
    }

    private async Task<HttpResponseMessage> NotifyAsync(Func<int, JsonObject> entry)
    {
        var body = new JsonObject { ["value"] = new JsonArray([.. Enumerable.Range(0, BatchSize).Select(i => (JsonNode)entry(i))]) };
        return await app.CreateClient().PostAsync(new Uri("/api/notifications", UriKind.Relative), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    private List<LogEntry> NotificationWarnings() =>
        [.. logs.AtLeast(LogLevel.Warning).Where(e => e.Message.Contains("change notification", StringComparison.OrdinalIgnoreCase))];

    [Fact]
    public async Task ThousandNotificationsForAnUnknownResource_LogOneWarningWithTheCount()
    {
        var response = await NotifyAsync(i => new JsonObject { ["clientState"] = Secret, ["resource"] = $"sites/elsewhere/lists/{i}" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var warning = Assert.Single(NotificationWarnings());
        Assert.Contains("1000", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThousandNotificationsWithAnotherClientState_LogOneWarningWithTheCount()
    {
        var resource = ((GraphListStore)app.Store).ResourceOf(VisitsList.Name);

        var response = await NotifyAsync(_ => new JsonObject { ["clientState"] = "forged", ["resource"] = resource });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var warning = Assert.Single(NotificationWarnings());
        Assert.Contains("1000", warning.Message, StringComparison.Ordinal);
    }
}
