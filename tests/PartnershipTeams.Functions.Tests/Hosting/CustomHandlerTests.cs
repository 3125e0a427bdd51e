using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

public sealed class CustomHandlerTests
{
    [Fact]
    public async Task TimerInvocationInTheHostsFormat_RunsTheJobAndAnswersWithLogs()
    {
        await using var app = new ProductApp(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));
        const string invocation = """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"sync","UtcNow":"2026-11-24T07:00:00Z"}}}""";

        var response = await app.CreateClient().PostAsync(new Uri("/sync", UriKind.Relative), new StringContent(invocation, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(body["Outputs"]);
        Assert.StartsWith("submissions queued again: 0", (string?)body["Logs"]![0], StringComparison.Ordinal);
        Assert.Null(body["ReturnValue"]);
    }

    [Fact]
    public async Task TimerInvocationWithABodyThatIsNotJson_Is400()
    {
        await using var app = new ProductApp(DateTimeOffset.UtcNow);

        var response = await app.CreateClient().PostAsync(new Uri("/reminders", UriKind.Relative), new StringContent("{oops", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
