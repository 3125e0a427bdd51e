using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Health;

/// <summary>
/// /health (liveness: the timers run where they should) and /health/ready (readiness: also both stores answer and the
/// lists are provisioned), as ASP.NET Core health checks answer: 200 Healthy or Degraded, 503 Unhealthy, JSON report.
/// </summary>
public sealed class HealthEndpointTests : IDisposable
{
    private static readonly Dictionary<string, string?> SchedulerOn = new() { ["Scheduler:Enabled"] = "true" };
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("partnerships-health-");

    public void Dispose() => folder.Delete(recursive: true);

    /// <summary>The product with its own scheduler on, as `dotnet run --project functions` starts it.</summary>
    private static ProductApp Standalone(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>(SchedulerOn);
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return new ProductApp(settings: settings);
    }

    /// <summary>A folder where a store file is expected: the store cannot open it.</summary>
    private string NotAFile() => folder.CreateSubdirectory("not-a-file").FullName;

    [Fact]
    public async Task GetReadyWithTheEmbeddedStores_IsHealthyAndNamesEachStore()
    {
        await using var app = Standalone();

        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var lists = Entry(body, "list-store");
        Assert.Equal("sqlite", lists.GetProperty("data").GetProperty("kind").GetString());
        Assert.True(lists.GetProperty("data").GetProperty("provisioned").GetBoolean());
        Assert.Equal("sqlite", Entry(body, "operational-store").GetProperty("data").GetProperty("kind").GetString());
        Assert.Equal("Healthy", Entry(body, "timers").GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetReadyWhenTheStoreFileCannotBeOpened_Is503AndSaysWhy()
    {
        await using var app = Standalone(("Store:Path", NotAFile()));

        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var lists = Entry(body, "list-store");
        Assert.Equal("Unhealthy", lists.GetProperty("status").GetString());
        Assert.False(lists.GetProperty("data").GetProperty("reachable").GetBoolean());
        Assert.False(string.IsNullOrEmpty(lists.GetProperty("data").GetProperty("problem").GetString()));
    }

    [Fact]
    public async Task GetHealthWhenTheStoreFileCannotBeOpened_StaysLive()
    {
        await using var app = Standalone(("Store:Path", NotAFile()));

        var (status, body) = await GetAsync(app, "/health");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("entries").TryGetProperty("list-store", out _));
    }

    [Fact]
    public async Task GetHealthStandalone_SaysTheSchedulerRunsEveryTimer()
    {
        await using var app = Standalone();

        var (status, body) = await GetAsync(app, "/health");

        Assert.Equal(HttpStatusCode.OK, status);
        var running = Entry(body, "timers").GetProperty("data").GetProperty("running").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("sync", running);
        Assert.Contains("reminders", running);
    }

    [Fact]
    public async Task StartedWithoutItsSettingsFile_RefusesToStartNamingTheScheduleItLacks()
    {
        // Issue 10: a published app started elsewhere scheduled no timer while /health said Healthy. The schedules are
        // settings now (appsettings.json beside the app, app settings in Azure): without them the app does not start.
        await using var app = Standalone();
        var empty = folder.CreateSubdirectory("no-settings").FullName;
        await using var elsewhere = app.WithWebHostBuilder(builder => builder.UseContentRoot(empty));

        var refused = Assert.Throws<InvalidDataException>(() => elsewhere.CreateClient());

        Assert.Contains("SyncSchedule", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHealthWithTheSchedulerSwitchedOff_IsDegraded()
    {
        await using var app = new ProductApp();

        var (status, body) = await GetAsync(app, "/health");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetHealthUnderTheFunctionsHost_IsHealthyWithoutTheAppsOwnScheduler()
    {
        await using var app = new ProductApp();
        await using var hosted = app.WithWebHostBuilder(builder =>
        {
            builder.ConfigureTestServices(services => services.AddSingleton(new PartnershipTeams.Functions.Hosting.HostingMode(UnderFunctionsHost: true)));
            builder.UseSetting("Bot:AppId", "00000000-0000-0000-0000-000000000001");
            builder.UseSetting("Bot:TenantId", "00000000-0000-0000-0000-000000000002");
            builder.UseSetting("Bot:ManagedIdentityClientId", "00000000-0000-0000-0000-000000000003");
        });

        var (status, body) = await GetAsync(hosted, "/health");

        Assert.Equal(HttpStatusCode.OK, status);
        var timers = Entry(body, "timers");
        Assert.Equal("FunctionsHost", timers.GetProperty("data").GetProperty("placement").GetString());
        Assert.Empty(timers.GetProperty("data").GetProperty("running").EnumerateArray());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync<T>(WebApplicationFactory<T> app, string path)
        where T : class
    {
        var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    private static JsonElement Entry(JsonElement body, string name) => body.GetProperty("entries").GetProperty(name);
}
