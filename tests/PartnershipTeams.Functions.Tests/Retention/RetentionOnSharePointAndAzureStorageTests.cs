using PartnershipTeams.TestSupport.Azurite;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Functions.Tests.Retention;

/// <summary>Retention with the register in SharePoint (the local Graph server) and the operational state in Azure Tables (Azurite).</summary>
public sealed class RetentionOnSharePointAndAzureStorageTests(AzuriteFixture azurite) : RetentionTests, IClassFixture<AzuriteFixture>
{
    private FakeGraphServer? graph;

    protected override async Task<Dictionary<string, string?>> StoreSettingsAsync()
    {
        await azurite.Server.ResetAsync();
        graph ??= await FakeGraphServer.StartAsync();
        return new()
        {
            ["AzureWebJobsStorage"] = azurite.Server.ConnectionString,
            ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/partnerships",
            ["SharePoint:GraphBaseUrl"] = graph.BaseUrl,
            ["Store:SeedDemoData"] = "true",
        };
    }

    protected override async Task DisposeStoresAsync()
    {
        if (graph is not null)
        {
            await graph.DisposeAsync();
        }
    }
}
