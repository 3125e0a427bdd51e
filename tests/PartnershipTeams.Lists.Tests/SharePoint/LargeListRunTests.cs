using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Functions.Reminders;
using PartnershipTeams.Functions.Sync;
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

        var partner = server.SharePoint.Seed(PartnersList.Name, [new JsonObject { ["Title"] = "Guangzhou", ["Kind"] = "systerort", ["CoordinatorEmail"] = "samordnare@linkoping.example" }])[0];
        server.SharePoint.Seed(ActivitiesList.Name, Enumerable.Range(0, History).Select(i => Activity(partner, $"Historik {i}", Today.AddDays(-200 - (i % 1_500)), "Done")));
        server.SharePoint.Seed(ActivitiesList.Name, Enumerable.Range(0, 20).Select(i => Activity(partner, $"Aktuell {i}", Today.AddDays(i - 10), "Planned")));
        server.ResetCounts();
        server.ResourceUnits.BudgetPerMinute = 1_250;
    }

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
    public async Task SyncRuns_OnAListPastTheThreshold_FlagWhatIsOverdueWithinTheBudget()
    {
        var reconciler = new DerivedFieldsReconciler(store, new SyncState(operations), clock);

        await reconciler.ReconcileAsync(None);
        clock.Advance(TimeSpan.FromDays(1));
        await reconciler.ReconcileAsync(None);

        var flagged = server.SharePoint.FindList(ActivitiesList.Name)!.Items.Values.Count(i => i.Fields["IsOverdue"]?.GetValue<bool>() == true);
        Assert.Equal(11, flagged);
        Assert.Equal(0, server.ResourceUnits.Throttled);
    }

    [Fact]
    public async Task RemindersRun_OnAListPastTheThreshold_FindsTheDeadlinesNearToday()
    {
        var deadlines = await new DeadlineSource(store).OpenNearAsync(Today, None);

        Assert.Equal(20, deadlines.Count);
        Assert.Equal(0, server.ResourceUnits.Throttled);
        Assert.True(server.ResourceUnits.Total <= 10, $"{server.ResourceUnits.Total} resource units");
    }
}
