using System.Net;
using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;
using PartnershipTeams.Functions.Tests.Reminders;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// Issue 23 item 8: outside 07:30 on a working day the reminders could not be tried on a laptop but under faketime.
/// <c>POST /reminders?asOf=…</c> runs them as of that moment — standalone, on loopback, with no app id only.
/// </summary>
public sealed class TrialRunTests : IAsyncLifetime
{
    private const string Anna = "anna.svensson@linkoping.example";

    // Wednesday 2026-11-25 06:00 in Stockholm: before the day's run; a follow-up of Anna's is due in seven days.
    private static readonly DateTimeOffset BeforeTheRun = new(2026, 11, 25, 5, 0, 0, TimeSpan.Zero);

    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private async Task<ProductApp> SceneAsync(Dictionary<string, string?>? settings = null)
    {
        var app = new ProductApp(BeforeTheRun, settings);
        await ReminderScene.FollowUpAsync(app.Store, Anna, new DateOnly(2026, 12, 2), "Boka lokal för kulturutbytet");
        await ReminderScene.PersonalChatAsync(app, Anna, connector.ServiceUrl);
        return app;
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(ProductApp app, string path)
    {
        using var response = await app.CreateClient().PostAsync(new Uri(path, UriKind.Relative), content: null);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private IReadOnlyList<ConnectorCall> Reminders() =>
        [.. connector.Calls.Where(c => c.CardText.Contains("Boka lokal för kulturutbytet", StringComparison.Ordinal))];

    [Fact]
    public async Task RemindersAsOfSevenThirtyOnALaptop_SendWhatIsDueThenWithoutMovingTheClock()
    {
        await using var app = await SceneAsync();
        var now = await PostAsync(app, "/reminders");

        var asOf = await PostAsync(app, "/reminders?asOf=2026-11-25T07:30");

        Assert.Contains("before 07:30", now.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asOf.Status);
        Assert.StartsWith("2026-11-25: ", (string?)JsonNode.Parse(asOf.Body)!["logs"]![0], StringComparison.Ordinal);
        var reminder = Assert.Single(Reminders());
        Assert.Contains("Sista dag är 2026-12-02 (om 7 dagar).", reminder.CardText, StringComparison.Ordinal);
        Assert.Equal(BeforeTheRun, app.Clock.GetUtcNow());
    }

    [Fact]
    public async Task RemindersAsOfAnotherDay_SendThatDaysReminderOnce()
    {
        await using var app = await SceneAsync();

        await PostAsync(app, "/reminders?asOf=2026-12-01T07:45");
        await PostAsync(app, "/reminders?asOf=2026-12-01T08:00");

        var reminder = Assert.Single(Reminders());
        Assert.Contains("Sista dag är 2026-12-02 (om 1 dag).", reminder.CardText, StringComparison.Ordinal);
    }

    public static TheoryData<string, Dictionary<string, string?>> NotALaptop() => new()
    {
        {
            "an app id: inbound requests authenticated, so others may reach it",
            new() { ["Bot:AppId"] = "7c0e5b1a-1111-4a8e-9d1c-000000000001", ["Bot:TenantId"] = "5f1e4c7a-2222-4a8e-9d1c-000000000002", ["Bot:ClientSecret"] = "not-used" }
        },
    };

    [Theory]
    [MemberData(nameof(NotALaptop))]
    public async Task RemindersAsOfAnywhereButALaptop_AreRefusedAndNothingIsSent(string where, Dictionary<string, string?> settings)
    {
        await using var app = await SceneAsync(settings);

        var refused = await PostAsync(app, "/reminders?asOf=2026-11-25T07:30");

        Assert.True(refused.Status == HttpStatusCode.Forbidden, where);
        Assert.Contains("Bot:AppId", refused.Body, StringComparison.Ordinal);
        Assert.Empty(Reminders());
    }

    [Theory]
    [InlineData("/reminders?asOf=igår")]
    [InlineData("/reminders?asOf=2026-13-01T07:30")]
    [InlineData("/reminders?asOf=")]
    [InlineData("/sync?asOf=2026-11-25T07:30")]
    public async Task RemindersAsOfSomethingThatIsNoMoment_AreABadRequestNotAServerError(string path)
    {
        await using var app = await SceneAsync();

        var answer = await PostAsync(app, path);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Empty(Reminders());
    }
}
