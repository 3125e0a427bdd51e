using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>Reports saved to the site's document library "Rapporter" through Graph (list-create, list drive, driveitem-put-content).</summary>
public sealed class DocumentLibraryTests : IAsyncLifetime
{
    private FakeGraphServer server = null!;

    public async Task InitializeAsync() => server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private GraphDocumentLibrary Library()
    {
        var options = GraphTestStores.Options(server);
        return new GraphDocumentLibrary(GraphClientBuilder.Build(options, new StaticTokenCredential()), options);
    }

    [Fact]
    public async Task SaveAsyncOnASiteWithoutTheLibrary_CreatesRapporterAndStoresTheFile()
    {
        var content = new byte[] { 0x50, 0x4b, 3, 4, 42 };

        var url = await Library().SaveAsync("Översyn Guangzhou 2015–2018.docx", content, CancellationToken.None);

        Assert.Equal(content, server.SharePoint.FilesIn("Rapporter")["Översyn Guangzhou 2015–2018.docx"]);
        Assert.Equal("https://contoso.sharepoint.com/sites/partnerships/Rapporter/%C3%96versyn%20Guangzhou%202015%E2%80%932018.docx", url.AbsoluteUri);
    }

    [Fact]
    public async Task SaveAsyncTheSameNameAgain_ReplacesTheFileInTheOneLibrary()
    {
        await Library().SaveAsync("Översyn Macau 2015–2018.docx", [1], CancellationToken.None);

        await Library().SaveAsync("Översyn Macau 2015–2018.docx", [2, 2], CancellationToken.None);

        var stored = Assert.Single(server.SharePoint.FilesIn("Rapporter"));
        Assert.Equal(new byte[] { 2, 2 }, stored.Value);
        Assert.Equal(1, server.Count("lists.post"));
    }
}
