using Azure.Data.Tables;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.State.AzureStorage;
using PartnershipTeams.TestSupport.Azurite;

namespace PartnershipTeams.State.Tests.Contract;

/// <summary>The contract against Azure Tables, as Azurite serves them on loopback (one Azurite for the whole class).</summary>
public sealed class AzureTablesOperationalStoreContractTests(AzuriteFixture azurite) : OperationalStoreContractTests, IClassFixture<AzuriteFixture>
{
    protected override async Task<IOperationalStore> CreateStoreAsync()
    {
        // Every test starts on empty tables: the ones the last test left are removed.
        var service = new TableServiceClient(azurite.Server.ConnectionString);
        foreach (var table in Enum.GetValues<StateTable>())
        {
            await service.DeleteTableAsync("pt" + table);
        }

        return new TableOperationalStore(service);
    }
}
