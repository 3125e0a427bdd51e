using System.Net;
using System.Text.Json;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task GetHealth_WithTheEmbeddedStore_Is200AndNamesTheStore()
    {
        await using var app = new ProductApp();

        var response = await app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("sqlite", body.RootElement.GetProperty("store").GetProperty("kind").GetString());
        Assert.True(body.RootElement.GetProperty("store").GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task GetHealth_WhenTheStoreFileCannotBeOpened_Is503AndSaysWhy()
    {
        var folder = Directory.CreateTempSubdirectory("not-a-file-");
        await using var app = new ProductApp(settings: new Dictionary<string, string?> { ["Store:Path"] = folder.FullName });

        var response = await app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
        folder.Delete();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.GetProperty("store").GetProperty("reachable").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("store").GetProperty("problem").GetString()));
    }
}
