using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Contract;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// What each SharePoint behaviour test starts from: its own local Graph server, the real Graph adapter against it, and
/// the test lists provisioned through that adapter.
/// </summary>
public abstract class SharePointBehaviourTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected FakeGraphServer Server { get; private set; } = null!;

    protected GraphListStore Store { get; private set; } = null!;

    /// <summary>Graph as a client other than the adapter calls it, to see its raw answers (made on first use).</summary>
    protected RawGraph Raw => raw ??= new RawGraph(Server);

    private RawGraph? raw;

    public async Task InitializeAsync()
    {
        Server = await FakeGraphServer.StartAsync();
        Store = GraphTestStores.Open(Server);
        await Store.ProvisionAsync(TestLists.All, None);
    }

    public async Task DisposeAsync()
    {
        raw?.Dispose();
        await Server.DisposeAsync();
    }
}
