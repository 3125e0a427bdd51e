using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Register;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.Lists.Tests.Sqlite;
using PartnershipTeams.State.Sqlite;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// The sync and the reminders on an Activities list past the 5,000-item list view threshold, under the threshold rules
/// and the smallest resource unit budget an app gets (1,250 a minute): years of history, a few follow-ups due now.
/// </summary>
public sealed class LargeListRunTests : IAsyncLifetime
{
    private const int History = 6_000;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero));
    private readonly TempFolder folder = new();
    private FakeGraphServer server = null!;
    private GraphListStore store = null!;
    private SqliteOperationalStore operations = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGraphServer.StartAsync(clock);
        store = GraphTestStores.Open(server);
        await store.ProvisionAsync(PartnershipLists.All, None);
        operations = new SqliteOperationalStore(Path.Combine(folder.Path, "operations.db"), clock);
        await operations.EnsureCreatedAsync(None);

        partner = server.SharePoint.Seed(PartnersList.Name, [new JsonObject { ["Title"] = "Guangzhou", ["Kind"] = "systerort", ["CoordinatorEmail"] = "samordnare@linkoping.example" }])[0];
    }

    private int partner;

    /// <summary>Years of history (done, or still open and long overdue), then 20 follow-ups due from ten days ago to nine days ahead.</summary>
    private void Seed(string historyStatus)
    {
        server.SharePoint.Seed(ActivitiesList.Name, Enumerable.Range(0, History).Select(i => Activity(partner, $"Historik {i}", Today.AddDays(-200 - (i % 1_500)), historyStatus)));
        server.SharePoint.Seed(ActivitiesList.Name, Enumerable.Range(0, 20).Select(i => Activity(partner, $"Aktuell {i}", Today.AddDays(i - 10), "Planned")));
        server.ResetCounts();
        server.ResourceUnits.BudgetPerMinute = 1_250;
    }

    private int Flagged() => server.SharePoint.FindList(ActivitiesList.Name)!.Items.Values.Count(i => i.Fields["IsOverdue"]?.GetValue<bool>() == true);

    /// <summary>Resource units spent on reads: all of them but the writes, each a step of a $batch at 2 units.</summary>
    private long ReadUnits() => server.ResourceUnits.Total - (2 * server.Count("batch.step"));

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    private static JsonObject Activity(int partner, string title, DateOnly due, string status) => new()
    {
        ["Title"] = title,
        ["PartnerLookupId"] = partner,
        ["Theme"] = "Culture",
        ["Status"] = status,
        ["ResponsibleEmail"] = "ansvarig@linkoping.example",
        ["FollowUpDue"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T12:00:00Z",
    };

    [Fact]
    public async Task SyncRunsOnAListPastTheThreshold_FlagWhatIsOverdueWithinTheBudget()
    {
        Seed("Done");
        var reconciler = new DerivedFieldsReconciler(store, new SyncState(operations), clock);

        await reconciler.ReconcileAsync(None);
        clock.Advance(TimeSpan.FromDays(1));
        await reconciler.ReconcileAsync(None);

        Assert.Equal(11, Flagged());
        Assert.Equal(0, server.ResourceUnits.Throttled);
    }

    [Fact]
    public async Task SyncRunsOnYearsOfOpenOverdueActivities_FlagAPageOfHistoryARunAndReadLittle()
    {
        Seed("Planned");
        var reconciler = new DerivedFieldsReconciler(store, new SyncState(operations), clock);
        var reads = new List<long>();

        for (var run = 0; run < 3; run++)
        {
            server.ResetCounts();
            await reconciler.ReconcileAsync(None);
            reads.Add(ReadUnits());
            Assert.True(server.Count("batch.step") <= DerivedFieldsReconciler.MaxWritesPerRun);
            Assert.Equal(3, server.Count("delta")); // one page for Activities, one for ReviewCycles, one for Visits
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(10 + (3 * DerivedFieldsReconciler.WalkPageSize), Flagged()); // the ten fell due lately, then a page of history a run
        // Three lists read a run (Activities, ReviewCycles, Visits): at most five resource units each, however long the history.
        Assert.All(reads, units => Assert.True(units <= 15, $"reads of one run: {string.Join(", ", reads)} resource units"));
        Assert.Equal(0, server.ResourceUnits.Throttled);
    }

    [Fact]
    public async Task SyncRunAfterItsOwnWrites_ReadsThemInTheOneDeltaPageItReadsAnyway()
    {
        Seed("Done");
        var reconciler = new DerivedFieldsReconciler(store, new SyncState(operations), clock);
        await reconciler.ReconcileAsync(None);
        server.ResetCounts();

        var written = await reconciler.ReconcileAsync(None);

        Assert.Equal(0, written);
        Assert.Equal(3, server.Count("delta")); // one page for Activities, ten own writes in it, one for ReviewCycles and one for Visits
        Assert.Equal(0, server.Count("batch"));
    }

    [Fact]
    public async Task RemindersRunOnAListPastTheThreshold_FindsTheDeadlinesNearToday()
    {
        Seed("Done");
        var deadlines = await new DeadlineSource(store, new ResponsiblePeople(new Coordinators(store))).OpenNearAsync(Today, None);

        Assert.Equal(20, deadlines.Count);
        Assert.Equal(0, server.ResourceUnits.Throttled);
        Assert.True(server.ResourceUnits.Total <= 10, $"{server.ResourceUnits.Total} resource units");
    }
}
