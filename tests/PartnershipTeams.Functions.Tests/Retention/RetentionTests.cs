using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Retention;

/// <summary>
/// The retention job removes each kind of personal data when its period ends, and nothing else: in the register (the
/// field reads "(gallrat)", the item stays) and in the operational state (the entry goes). Written once, run against
/// the embedded stores and against SharePoint (the local Graph server) with Azure Tables (Azurite).
/// </summary>
public abstract class RetentionTests : IAsyncLifetime
{
    private const string Removed = "(gallrat)";
    private const string Reporter = "anna.svensson@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;

    // The older entries are made on 2026-08-01; the job runs 100 days later, on 2026-11-09.
    private static readonly DateTimeOffset Start = new(2026, 8, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset RunAt = Start.AddDays(100);

    private ProductApp app = null!;

    /// <summary>The app's settings for the stores under test.</summary>
    protected abstract Task<Dictionary<string, string?>> StoreSettingsAsync();

    protected virtual Task DisposeStoresAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => app = await StartAsync([]);

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await DisposeStoresAsync();
    }

    [Fact]
    public async Task RunRemovesParticipantsAndReporterOfOldVisits_AndKeepsTheVisitsAndRecentOnes()
    {
        var old = await VisitAsync(end: new DateOnly(2021, 6, 1), reportedAt: new DateTimeOffset(2021, 6, 3, 9, 0, 0, TimeSpan.Zero));
        var recent = await VisitAsync(end: new DateOnly(2025, 6, 1), reportedAt: new DateTimeOffset(2025, 6, 3, 9, 0, 0, TimeSpan.Zero));
        await MoveToRunAsync();

        await app.RunAsync("retention");

        var culled = await app.Store.GetAsync(VisitsList.Name, old, None);
        Assert.Equal(Removed, culled.Text(VisitsList.Participants));
        Assert.Equal(Removed, culled.Text(VisitsList.ReportedByEmail));
        Assert.Equal("Delegation till Guangzhou", culled.Text(VisitsList.Title));
        Assert.Equal("Uppföljning av handlingsplanen", culled.Text(VisitsList.Purpose));
        var kept = await app.Store.GetAsync(VisitsList.Name, recent, None);
        Assert.Equal("Anna Svensson, Li Wei", kept.Text(VisitsList.Participants));
        Assert.Equal(Reporter, kept.Text(VisitsList.ReportedByEmail));
    }

    [Fact]
    public async Task RunRemovesPeopleFromAnOldVisitsCorrectionAndItsVersions_AndKeepsWhatTheySaid()
    {
        var old = await VisitAsync(end: new DateOnly(2021, 6, 1), reportedAt: new DateTimeOffset(2021, 6, 3, 9, 0, 0, TimeSpan.Zero));
        var visit = await app.Store.GetAsync(VisitsList.Name, old, None);
        var correctedAt = new DateTimeOffset(2021, 6, 10, 9, 0, 0, TimeSpan.Zero);
        await app.Store.UpdateAsync(VisitsList.Name, old, new Dictionary<string, object?> { [VisitsList.CorrectedByEmail] = Reporter, [VisitsList.CorrectedAt] = correctedAt }, visit.ETag, None);
        var version = await app.Store.CreateAsync(VisitVersionsList.Name, VisitVersionsList.Fields(
            new VisitVersion(old, VisitChange.Correction, VisitsList.Read(visit)!, Reporter, correctedAt, true, Guid.NewGuid().ToString("N"))), None);
        await MoveToRunAsync();

        await app.RunAsync("retention");

        Assert.Equal(Removed, (await app.Store.GetAsync(VisitsList.Name, old, None)).Text(VisitsList.CorrectedByEmail));
        var culled = await app.Store.GetAsync(VisitVersionsList.Name, version.Id, None);
        Assert.Equal((Removed, Removed), (culled.Text(VisitsList.Participants), culled.Text(VisitVersionsList.ChangedByEmail)));
        Assert.Equal("Uppföljning av handlingsplanen", culled.Text(VisitsList.Purpose));
    }

    [Fact]
    public async Task RunRemovesTheReporterOfOldGoalUpdates_AndKeepsWhatWasReported()
    {
        var old = await GoalUpdateAsync(new DateTimeOffset(2021, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var recent = await GoalUpdateAsync(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await MoveToRunAsync();

        await app.RunAsync("retention");

        var culled = await app.Store.GetAsync(GoalUpdatesList.Name, old, None);
        Assert.Equal(Removed, culled.Text(GoalUpdatesList.ReportedByEmail));
        Assert.Equal("Två utbyten genomförda", culled.Text(GoalUpdatesList.Comment));
        Assert.Equal(Reporter, (await app.Store.GetAsync(GoalUpdatesList.Name, recent, None)).Text(GoalUpdatesList.ReportedByEmail));
    }

    [Fact]
    public async Task RunAgain_ChangesNothingMore()
    {
        var old = await VisitAsync(end: new DateOnly(2021, 6, 1), reportedAt: new DateTimeOffset(2021, 6, 3, 9, 0, 0, TimeSpan.Zero));
        await MoveToRunAsync();
        await app.RunAsync("retention");
        var first = await app.Store.GetAsync(VisitsList.Name, old, None);

        var lines = await app.RunAsync("retention");

        Assert.Equal(first.ETag, (await app.Store.GetAsync(VisitsList.Name, old, None)).ETag);
        Assert.Contains("visit_participants 0", Assert.Single(lines!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeriodZero_KeepsThatKindForEver()
    {
        await app.DisposeAsync();
        app = await StartAsync(new() { ["Retention:VisitParticipants"] = "0" });
        var old = await VisitAsync(end: new DateOnly(2001, 6, 1), reportedAt: new DateTimeOffset(2001, 6, 3, 9, 0, 0, TimeSpan.Zero));
        await MoveToRunAsync();

        await app.RunAsync("retention");

        var visit = await app.Store.GetAsync(VisitsList.Name, old, None);
        Assert.Equal("Anna Svensson, Li Wei", visit.Text(VisitsList.Participants));
        Assert.Equal(Removed, visit.Text(VisitsList.ReportedByEmail));
    }

    [Fact]
    public async Task RunRemovesSubmissionsTheRegisterHasHeldLongerThanTheirPeriod_AndNoneItDoesNotHold()
    {
        var log = app.Submissions;
        await SubmissionAsync("0001", Start, SubmissionStatus.Written);
        await SubmissionAsync("0002", RunAt.AddDays(-10), SubmissionStatus.Written);
        await SubmissionAsync("0003", Start, SubmissionStatus.Pending);
        await SubmissionAsync("0004", Start, SubmissionStatus.Poison);
        await MoveToRunAsync();

        await app.RunAsync("retention");

        Assert.Null(await log.FindAsync(Id("0001"), None));
        Assert.NotNull(await log.FindAsync(Id("0002"), None));
        Assert.NotNull(await log.FindAsync(Id("0003"), None));
        Assert.NotNull(await log.FindAsync(Id("0004"), None));
    }

    [Fact]
    public async Task RunRemovesConversationsTheBotLeftLongAgo_CountingFromWhenItLeft()
    {
        var conversations = app.Conversations;
        await ConversationAsync("a:left-long-ago", active: false, updatedAt: Start);
        await ConversationAsync("a:still-installed", active: true, updatedAt: Start.AddDays(-400));
        await ConversationAsync("a:blocked-yesterday", active: true, updatedAt: Start.AddDays(-400));
        await MoveToRunAsync(TimeSpan.FromDays(1));
        await conversations.MarkInactiveAsync("a:blocked-yesterday", None);
        app.Clock.Advance(TimeSpan.FromDays(1));

        await app.RunAsync("retention");

        Assert.Null(await conversations.FindAsync("a:left-long-ago", None));
        Assert.NotNull(await conversations.FindAsync("a:still-installed", None));
        Assert.NotNull(await conversations.FindAsync("a:blocked-yesterday", None));
    }

    [Fact]
    public async Task Run_RemovesLedgerEntriesLastTouchedBeforeTheirPeriod()
    {
        var ledger = app.Services.GetRequiredService<ReminderLedger>();
        var old = await ledger.ClaimAsync("Activities/1|anna.svensson@linkoping.example|2026-08-10|T-7", "Skicka avsiktsförklaring", Reporter, None);
        await ledger.RecordAsync(old!, Core.Reminders.ReminderOutcome.Sent, None);
        await MoveToRunAsync();
        await ledger.ClaimAsync("Activities/2|anna.svensson@linkoping.example|2026-11-16|T-7", "Boka möte", Reporter, None);

        await app.RunAsync("retention");

        var store = app.Services.GetRequiredService<IOperationalStore>();
        Assert.Null(await store.GetAsync(StateTable.Reminders, old!.Key, None));
        Assert.NotNull(await store.GetAsync(StateTable.Reminders, "Activities/2|anna.svensson@linkoping.example|2026-11-16|T-7", None));
    }

    private async Task<ProductApp> StartAsync(Dictionary<string, string?> settings)
    {
        foreach (var (key, value) in await StoreSettingsAsync())
        {
            settings[key] = value;
        }

        var started = new ProductApp(Start, settings);
        _ = started.Services;
        return started;
    }

    private Task MoveToRunAsync(TimeSpan? before = null)
    {
        app.Clock.SetUtcNow(RunAt - (before ?? TimeSpan.Zero));
        return Task.CompletedTask;
    }

    private async Task<int> VisitAsync(DateOnly end, DateTimeOffset reportedAt)
    {
        var partner = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.All, None))[0].Id;
        return (await app.Store.CreateAsync(VisitsList.Name, new Dictionary<string, object?>
        {
            [VisitsList.Title] = "Delegation till Guangzhou",
            [VisitsList.Partner] = partner,
            [VisitsList.Direction] = RegisterWords.Of(VisitDirection.Outgoing),
            [VisitsList.Start] = end.AddDays(-3),
            [VisitsList.End] = end,
            [VisitsList.Participants] = "Anna Svensson, Li Wei",
            [VisitsList.Purpose] = "Uppföljning av handlingsplanen",
            [VisitsList.DemocracyDialogue] = RegisterWords.Of(DemocracyDialogue.No),
            [VisitsList.ReportedByEmail] = Reporter,
            [VisitsList.ReportedAt] = reportedAt,
            [VisitsList.SubmissionId] = Guid.NewGuid().ToString("N"),
        }, None)).Id;
    }

    private async Task<int> GoalUpdateAsync(DateTimeOffset reportedAt)
    {
        var goal = (await app.Store.QueryAsync(GoalsList.Name, ListQuery.All, None))[0].Id;
        return (await app.Store.CreateAsync(GoalUpdatesList.Name, new Dictionary<string, object?>
        {
            [GoalUpdatesList.Title] = "Utbyten",
            [GoalUpdatesList.Goal] = goal,
            [GoalUpdatesList.Status] = RegisterWords.Of(GoalStatus.OnTrack),
            [GoalUpdatesList.Comment] = "Två utbyten genomförda",
            [GoalUpdatesList.ReportedByEmail] = Reporter,
            [GoalUpdatesList.ReportedAt] = reportedAt,
            [GoalUpdatesList.SubmissionId] = Guid.NewGuid().ToString("N"),
        }, None)).Id;
    }

    private static string Id(string n) => n.PadLeft(32, '0');

    private Task SubmissionAsync(string n, DateTimeOffset receivedAt, SubmissionStatus status) =>
        app.Submissions.AcceptAsync(new AcceptedSubmission(Id(n), SubmissionTypes.VisitReport.Kind, "Besök", Reporter, "{}", receivedAt, status), None);

    private Task ConversationAsync(string id, bool active, DateTimeOffset updatedAt) =>
        app.Conversations.RememberAsync(new ConversationReference(id, ConversationScope.Personal, "https://smba.trafficmanager.net/emea/", "tenant", "Anna", "29:anna", "anna", Reporter, "sv-SE", active, updatedAt), None);
}
