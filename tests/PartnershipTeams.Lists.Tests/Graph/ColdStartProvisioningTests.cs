using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Lists.Seeding;
using PartnershipTeams.State.Sqlite;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.Graph;

/// <summary>
/// Issue 22: on Flex Consumption every cold start is paid by the submission or reminder run that woke the instance. A
/// start of the version that provisioned the register within the day finds its lists (the site, its lists: two Graph
/// requests) instead of checking every list's columns, title and views again; a new version, a day's age, a missing
/// list or the admin endpoint's provisioning checks everything.
/// </summary>
public sealed class ColdStartProvisioningTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-coldstart-").FullName;
    private FakeGraphServer server = null!;
    private SqliteOperationalStore state = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGraphServer.StartAsync();
        state = new SqliteOperationalStore(Path.Combine(folder, "state.db"), time);
        await state.EnsureCreatedAsync(None);
        await NewInstance().Initializer.InitializeAsync(None);
        server.ResetCounts();
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ASecondStartOfTheSameVersion_FindsItsListsInTwoRequestsAndReadsThem()
    {
        var (store, initializer) = NewInstance();

        Assert.True(await initializer.InitializeAsync(None));

        Assert.Equal(2, server.TotalRequests);
        Assert.Empty(await store.QueryAsync(GoalsList.Name, ListQuery.All, None));
    }

    [Fact]
    public async Task AStartADayAfterTheLastProvisioning_ChecksEveryListAgain()
    {
        time.Advance(ListStoreInitializer.ProvisioningTrustedFor);

        Assert.True(await NewInstance().Initializer.InitializeAsync(None));

        Assert.True(server.TotalRequests > 2 + PartnershipLists.All.Count, $"{server.TotalRequests} requests");
    }

    [Fact]
    public async Task AListDeletedSinceTheLastProvisioning_IsCreatedAgainAtTheNextStart()
    {
        server.SharePoint.DeleteList(GoalsList.Name);

        Assert.True(await NewInstance().Initializer.InitializeAsync(None));

        Assert.NotNull(server.SharePoint.FindList(GoalsList.Name));
    }

    [Fact]
    public async Task TheAdminEndpointsProvisioning_ChecksEveryListWhateverWasRecorded()
    {
        Assert.True(await NewInstance().Initializer.ProvisionAsync(None));

        Assert.True(server.TotalRequests > 2 + PartnershipLists.All.Count, $"{server.TotalRequests} requests");
    }

    /// <summary>A new process: its own Graph client and list ids, the same SharePoint site and operational state.</summary>
    private (IListStore Store, ListStoreInitializer Initializer) NewInstance()
    {
        var store = GraphTestStores.Open(server);
        var initializer = new ListStoreInitializer(
            store,
            new DemoDataSeeder(store, time, NullLogger<DemoDataSeeder>.Instance),
            Options.Create(new StoreStartupOptions()),
            time,
            NullLogger<ListStoreInitializer>.Instance,
            state);
        return (store, initializer);
    }
}
