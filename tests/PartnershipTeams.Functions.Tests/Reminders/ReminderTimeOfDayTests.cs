using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Reminders;

/// <summary>
/// The reminders timer fires at 05:30 and 06:30 UTC (Flex Consumption has no time zone setting); the job sends at
/// 07:30 Stockholm time in winter and summer alike, and lets the other firing pass.
/// </summary>
public sealed class ReminderTimeOfDayTests : IAsyncLifetime
{
    private const string Owner = "anna.svensson@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;

    private FakeConnectorServer connector = null!;
    private ProductApp? app;

    public async Task InitializeAsync() => connector = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await connector.DisposeAsync();
    }

    private int ReminderCards() =>
        connector.Calls.Count(c => c.Method == "POST" && c.CardText.Contains("Skicka avsiktsförklaring", StringComparison.Ordinal));

    /// <summary>The app at <paramref name="now"/>, with a follow-up due <paramref name="due"/> and its owner's chat.</summary>
    private async Task<ProductApp> AppWithFollowUpAsync(DateTimeOffset now, DateOnly due)
    {
        app = new ProductApp(now);
        await ReminderScene.FollowUpAsync(app.Store, Owner, due);
        await ReminderScene.PersonalChatAsync(app, Owner, connector.ServiceUrl, now);
        return app;
    }

    [Fact]
    public async Task WinterFiringAt0530Utc_IsBefore0730AndSendsNothingFiringAt0630UtcSends()
    {
        // Wednesday 2026-11-25, T-7 of a follow-up due 2026-12-02; Stockholm is UTC+1.
        var winter = await AppWithFollowUpAsync(new DateTimeOffset(2026, 11, 25, 5, 30, 0, TimeSpan.Zero), new DateOnly(2026, 12, 2));

        var early = await winter.RunAsync("reminders");
        Assert.Equal(0, ReminderCards());
        Assert.Contains("before 07:30 in Stockholm", Assert.Single(early!), StringComparison.Ordinal);

        winter.Clock.Advance(TimeSpan.FromHours(1));
        await winter.RunAsync("reminders");
        Assert.Equal(1, ReminderCards());
    }

    [Fact]
    public async Task SummerFiringAt0530Utc_SendsFiringAt0630UtcPassesBecauseTheDayHasRun()
    {
        // Wednesday 2026-06-10, T-7 of a follow-up due 2026-06-17; Stockholm is UTC+2.
        var summer = await AppWithFollowUpAsync(new DateTimeOffset(2026, 6, 10, 5, 30, 0, TimeSpan.Zero), new DateOnly(2026, 6, 17));

        await summer.RunAsync("reminders");
        Assert.Equal(1, ReminderCards());

        summer.Clock.Advance(TimeSpan.FromHours(1));
        var second = await summer.RunAsync("reminders");

        Assert.Equal(1, ReminderCards());
        Assert.Contains("sent by an earlier run", Assert.Single(second!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiringLaterInTheDayOnADayWithNoCompletedRun_CatchesUp()
    {
        // 10:00 in Stockholm: both firings were missed (the app was down), the host's past-due firing comes now.
        var late = await AppWithFollowUpAsync(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero), new DateOnly(2026, 6, 17));

        await late.RunAsync("reminders");

        Assert.Equal(1, ReminderCards());
    }

    [Fact]
    public async Task RunBefore0730_DoesNotCountAsTheDaysRun()
    {
        var winter = await AppWithFollowUpAsync(new DateTimeOffset(2026, 11, 25, 5, 30, 0, TimeSpan.Zero), new DateOnly(2026, 12, 2));
        await winter.RunAsync("reminders");

        winter.Clock.Advance(TimeSpan.FromHours(3)); // 09:30, past the rerun window, and no run has sent today
        await winter.RunAsync("reminders");

        Assert.Equal(1, ReminderCards());
    }
}
