using PartnershipTeams.Core.Lists;
using PartnershipTeams.Lists.Tests.Contract;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.Graph;

/// <summary>The list store contract, unchanged, against the SharePoint adapter and a local Graph server.</summary>
public sealed class GraphListStoreContractTests : ListStoreContractTests
{
    private FakeGraphServer server = null!;

    protected override Task<IListStore> OpenStoreAsync() => Task.FromResult<IListStore>(GraphTestStores.Open(server));

    public override async Task InitializeAsync()
    {
        server = await FakeGraphServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync() => await server.DisposeAsync();
}
