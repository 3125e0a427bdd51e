using System.Net;
using System.Text.Json;
using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Functions.Tests;

/// <summary>With SharePoint:SiteUrl set the app uses SharePoint through Graph, and /health/ready says so.</summary>
public sealed class SharePointSwitchTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await graph.DisposeAsync();

    private static WebApplicationFactory<Program> App(string graphBaseUrl) => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("SharePoint:SiteUrl", "https://contoso.sharepoint.com/sites/partnerships");
        builder.UseSetting("SharePoint:GraphBaseUrl", graphBaseUrl);
        builder.UseSetting("SharePoint:MaxRetries", "0");
        builder.ConfigureTestServices(services => services.AddSingleton<TokenCredential>(new StaticTokenCredential()));
    });

    [Fact]
    public async Task HealthWithASiteUrl_UsesSharePointAndProvisionsEveryListWithoutDemoData()
    {
        await using var app = App(graph.BaseUrl);

        var response = await app.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var store = body.RootElement.GetProperty("entries").GetProperty("list-store").GetProperty("data");
        Assert.Equal("sharepoint", store.GetProperty("kind").GetString());
        Assert.Equal("https://contoso.sharepoint.com/sites/partnerships", store.GetProperty("location").GetString());
        Assert.NotNull(graph.SharePoint.FindList("Visits"));
        Assert.Empty(graph.SharePoint.FindList("Partners")!.Items);
    }

    [Fact]
    public async Task HealthWhenGraphCannotBeReached_IsNotReady()
    {
        await using var app = App("http://127.0.0.1:9/v1.0");

        var response = await app.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(StoreKind.SharePoint, app.Services.GetRequiredService<IListStore>().Kind);
    }
}
