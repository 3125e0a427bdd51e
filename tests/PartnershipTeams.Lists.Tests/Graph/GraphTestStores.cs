using PartnershipTeams.Lists.Graph;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.Graph;

/// <summary>Graph list stores against a local fake Graph server, with short retry waits for tests.</summary>
public static class GraphTestStores
{
    public const string SiteUrl = "https://contoso.sharepoint.com/sites/partnerships";

    public static GraphStoreOptions Options(FakeGraphServer server) => new()
    {
        SiteUrl = SiteUrl,
        GraphBaseUrl = server.BaseUrl,
        MaxRetries = 3,
        MaxRetryWait = TimeSpan.FromSeconds(10),
    };

    public static GraphListStore Open(FakeGraphServer server, GraphStoreOptions? options = null)
    {
        var settings = options ?? Options(server);
        return new GraphListStore(GraphClientBuilder.Build(settings, new StaticTokenCredential()), settings);
    }
}
