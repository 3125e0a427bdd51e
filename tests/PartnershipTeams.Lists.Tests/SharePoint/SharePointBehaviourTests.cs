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

    public virtual async Task InitializeAsync()
    {
        Server = await FakeGraphServer.StartAsync();
        Store = GraphTestStores.Open(Server);
        await Store.ProvisionAsync(TestLists.All, None);
    }

    public virtual async Task DisposeAsync() => await Server.DisposeAsync();
}
