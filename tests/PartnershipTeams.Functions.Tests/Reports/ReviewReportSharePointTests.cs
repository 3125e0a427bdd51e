using System.Net;
using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Functions.Tests.Reports;

/// <summary>With the register in SharePoint, a generated review is also saved to the site's library "Rapporter" through Graph.</summary>
public sealed class ReviewReportSharePointTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await graph.DisposeAsync();

    [Fact]
    public async Task GetWithSharePoint_SavesTheDocumentInRapporterAndSaysWhere()
    {
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("SharePoint:SiteUrl", "https://contoso.sharepoint.com/sites/partnerships");
            builder.UseSetting("SharePoint:GraphBaseUrl", graph.BaseUrl);
            builder.UseSetting("SharePoint:MaxRetries", "0");
            builder.UseSetting("Store:SeedDemoData", "true");
            builder.ConfigureTestServices(services => services.AddSingleton<TokenCredential>(new StaticTokenCredential()));
        });

        using var response = await app.CreateClient().GetAsync(new Uri("/reports/review?partner=Guangzhou", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = Assert.Single(graph.SharePoint.FilesIn("Rapporter"));
        var downloaded = Path.GetFileNameWithoutExtension(response.Content.Headers.ContentDisposition?.FileNameStar)!;
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(downloaded)} \d{{4}}-\d{{2}}-\d{{2}} \d{{2}}\.\d{{2}}\.docx$", saved.Key); // the copy says when it was made
        Assert.Equal(await response.Content.ReadAsByteArrayAsync(), saved.Value);
        var location = Assert.Single(response.Headers.GetValues("X-Saved-To"));
        Assert.StartsWith("https://contoso.sharepoint.com/sites/partnerships/Rapporter/%C3%96versyn%20Guangzhou%20", location, StringComparison.Ordinal);
    }
}
