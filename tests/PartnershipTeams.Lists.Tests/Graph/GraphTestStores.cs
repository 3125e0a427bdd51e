using PartnershipTeams.Lists.Graph;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.Graph;

/// <summary>Graph list stores against a local fake Graph server (and its SharePoint REST API), with short retry waits for tests.</summary>
public static class GraphTestStores
{
    public const string SiteUrl = "https://contoso.sharepoint.com/sites/partnerships";

    public static GraphStoreOptions Options(FakeGraphServer server) => new()
    {
        SiteUrl = SiteUrl,
        GraphBaseUrl = server.BaseUrl,
        SharePointRestUrl = server.SiteRestUrl,
        MaxRetries = 3,
        MaxRetryWait = TimeSpan.FromSeconds(10),
    };

    public static GraphListStore Open(FakeGraphServer server, GraphStoreOptions? options = null, TimeProvider? time = null)
    {
        var settings = options ?? Options(server);
        var clock = time ?? TimeProvider.System;
        var pacer = new RequestPacer(clock);
        var credential = new StaticTokenCredential();
        return new GraphListStore(
            GraphClientBuilder.Build(settings, credential, pacer: pacer, time: clock),
            settings,
            SharePointRestClient.Create(settings, credential, pacer, clock));
    }
}
