using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Submissions.Writers;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Functions.Tests.Reminders;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.ExactlyOnce;

/// <summary>
/// Nothing acknowledged is lost or written twice, whatever the queue and the instances do: duplicate and concurrent
/// deliveries, a delivery that died between writing and saying so, a reminder run that died while sending, a claim
/// whose run died. Written once, run against each operational state (embedded SQLite, Azure Storage on Azurite).
/// </summary>
public abstract class ExactlyOnceTests : IAsyncLifetime
{
    private const int Entries = 30;
    private const string Owner = "anna.svensson@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;

    protected ProductApp App { get; private set; } = null!;

    private FakeConnectorServer connector = null!;

    /// <summary>The app's settings for the operational state under test.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> StateSettingsAsync();

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        App = new ProductApp(new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero), await StateSettingsAsync());
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await connector.DisposeAsync();
    }

    /// <summary>Submissions recorded but not queued: each test delivers them itself.</summary>
    private async Task<List<string>> RecordVisitsAsync()
    {
        var partner = (await App.Store.QueryAsync(PartnersList.Name, ListQuery.All, None))[0].Id;
        var ids = new List<string>();
        for (var i = 0; i < Entries; i++)
        {
            var id = i.ToString("x32", CultureInfo.InvariantCulture);
            var visit = new Visit(
                $"Besök {i}", partner, VisitDirection.Incoming, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3), ["Kommunen"], "Anna", "Studiebesök",
                [ThematicArea.Culture], DemocracyDialogue.No, null, null, [], [new FollowUpAction($"Uppföljning {i}", Owner, new DateOnly(2026, 12, 20), ThematicArea.Culture)], Owner, App.Clock.GetUtcNow(), id);
            await App.Submissions.AcceptAsync(new AcceptedSubmission(id, SubmissionTypes.VisitReport.Kind, visit.Title, Owner, SubmissionJson.Serialize(visit), App.Clock.GetUtcNow()), None);
            ids.Add(id);
        }

        return ids;
    }

    private async Task<(int Visits, int FollowUps)> WrittenAsync()
    {
        var visits = (await App.Store.QueryAsync(VisitsList.Name, ListQuery.All, None)).Count(v => v.Text(VisitsList.Title)!.StartsWith("Besök ", StringComparison.Ordinal));
        var followUps = (await App.Store.QueryAsync(ActivitiesList.Name, ListQuery.All, None)).Count(a => a.Text(ActivitiesList.Title)!.StartsWith("Uppföljning ", StringComparison.Ordinal));
        return (visits, followUps);
    }

    [Fact]
    public async Task TwoInstancesGivenTheSameMessagesFiveTimesAtOnce_WriteEachOnceAndSetNoneAside()
    {
        var ids = await RecordVisitsAsync();
        var one = App.Services.GetRequiredService<SubmissionProcessor>();
        var other = new SubmissionProcessor(new SubmissionLog(App.Services.GetRequiredService<IOperationalStore>()), App.Services.GetServices<ISubmissionWriter>(), TimeProvider.System, NullLogger<SubmissionProcessor>.Instance);

        var results = new List<SubmissionResult>();
        for (var delivery = 1; delivery <= 5; delivery++)
        {
            var round = await Task.WhenAll(Task.Run(() => DeliverAllAsync(one, ids, delivery)), Task.Run(() => DeliverAllAsync(other, ids, delivery)));
            results.AddRange(round.SelectMany(r => r));
        }

        Assert.DoesNotContain(results, r => r is SubmissionResult.TryAgain or SubmissionResult.Poisoned);
        Assert.Equal((Entries, Entries), await WrittenAsync());
        foreach (var id in ids)
        {
            Assert.Equal(SubmissionStatus.Written, (await App.Submissions.FindAsync(id, None))!.Status);
        }
    }

    [Fact]
    public async Task DeliveryThatDiedAfterWritingBeforeSayingSo_IsWrittenOnceWhenDeliveredAgain()
    {
        var id = (await RecordVisitsAsync())[0];
        var writer = App.Services.GetRequiredService<VisitReportWriter>();
        var stored = (await App.Submissions.FindAsync(id, None))!;
        await writer.WriteAsync(SubmissionJson.Deserialize<Visit>(stored.Payload), None); // the delivery that died here

        App.Clock.Advance(PendingSubmissions.Grace);
        await App.RunAsync("sync"); // the safety net queues it again; the app's own consumer delivers it

        Assert.Equal(SubmissionStatus.Written, (await App.SettledAsync(id)).Status);
        Assert.Single(await App.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, id), None));
        Assert.Single(await App.Store.QueryAsync(ActivitiesList.Name, ListQuery.WhereEquals(ActivitiesList.SubmissionId, $"{id}/followup-1"), None));
    }

    [Fact]
    public async Task ReminderRunThatDiedAfterPosting_IsNeverSentAgainButRecordedUncertain()
    {
        await AddDueFollowUpAndChatAsync();
        using var death = new CancellationTokenSource();
        connector.OnCall = call =>
        {
            if (call.Method == "POST")
            {
                death.Cancel();
            }
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => App.Services.GetRequiredService<ReminderJob>().RunAsync(death.Token));
        connector.OnCall = null;

        App.Clock.Advance(ReminderLedger.Lease + TimeSpan.FromMinutes(1));
        await App.RunAsync("reminders");
        await App.RunAsync("reminders");

        Assert.Single(connector.Calls, c => c.Method == "POST");
        var uncertain = Assert.Single(await App.Services.GetRequiredService<ReminderLedger>().UncertainAsync(None));
        Assert.Equal(Owner, uncertain.Recipient);
    }

    [Fact]
    public async Task ReminderClaimOfARunThatDiedBeforeSending_IsSentOnceAfterItsLease()
    {
        await AddDueFollowUpAndChatAsync();
        var ledger = App.Services.GetRequiredService<ReminderLedger>();
        var planned = Assert.Single(Core.Reminders.ReminderPlanner.Plan(await App.Services.GetRequiredService<DeadlineSource>().OpenNearAsync(new DateOnly(2026, 11, 25), None), new DateOnly(2026, 11, 25)));
        Assert.NotNull(await ledger.ClaimAsync(planned, None)); // the run that died before posting

        await App.RunAsync("reminders");
        Assert.Empty(connector.Calls);
        App.Clock.Advance(ReminderLedger.Lease + TimeSpan.FromMinutes(1));
        await Task.WhenAll(App.RunAsync("reminders"), App.RunAsync("reminders"));
        await App.RunAsync("reminders");

        Assert.Single(connector.Calls, c => c.Method == "POST");
    }

    private async Task AddDueFollowUpAndChatAsync()
    {
        await ReminderScene.FollowUpAsync(App.Store, Owner, new DateOnly(2026, 12, 2));
        await ReminderScene.PersonalChatAsync(App, Owner, connector.ServiceUrl);
    }

    private static async Task<List<SubmissionResult>> DeliverAllAsync(SubmissionProcessor processor, List<string> ids, int delivery)
    {
        var results = new List<SubmissionResult>();
        foreach (var id in ids)
        {
            results.Add(await processor.ProcessAsync(id, delivery, None));
        }

        return results;
    }
}
