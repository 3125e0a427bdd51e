using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// Standalone, the app serves every HTTP function's route (the public URLs stay the same whichever entry point runs),
/// and POST /{timer} from this machine runs a timer's job now.
/// </summary>
public sealed class StandaloneRoutesTests
{
    [Theory]
    [InlineData("POST", "/api/messages")]
    [InlineData("POST", "/api/notifications")]
    [InlineData("GET", "/api/privacy")]
    [InlineData("GET", "/api/terms")]
    [InlineData("POST", "/api/admin/provision")]
    [InlineData("GET", "/reports/review")]
    public async Task EveryFunctionRoute_IsServedStandalone(string method, string path)
    {
        await using var app = new ProductApp(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));

        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null });

        Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task PostOfATimerFromThisMachine_RunsItsJobAndAnswersWithItsLog()
    {
        await using var app = new ProductApp(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));

        var response = await app.CreateClient().PostAsync(new Uri("/sync", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("sync", (string?)body["job"]);
        Assert.StartsWith("submissions queued again: 0", (string?)body["logs"]![0], StringComparison.Ordinal);
    }
}
