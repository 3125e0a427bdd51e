using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace PartnershipTeams.Bench;

/// <summary>The product as it runs (the Functions app's own Program, found through one of its types), on a real loopback port, with the settings a benchmark gives it.</summary>
public sealed class BenchHost : WebApplicationFactory<PartnershipTeams.Functions.Sync.SyncJob>
{
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-bench-").FullName;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly ILoggerProvider? log;

    /// <param name="settings">Settings over the benchmark's defaults.</param>
    /// <param name="log">A logger provider beside the app's own (console), e.g. to count what is logged.</param>
    public BenchHost(IReadOnlyDictionary<string, string?> settings, ILoggerProvider? log = null)
    {
        this.settings = settings;
        this.log = log;

        // The app's content root (its function.json folders), which the factory looks for by this variable.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PARTNERSHIPTEAMS_FUNCTIONS", Path.Combine(PartnershipTeams.TestSupport.RepositoryPaths.Root, "functions"));
        UseKestrel(0);
        StartServer();
    }

    public string Address => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Store:Path", Path.Combine(folder, "lists.db"));
        builder.UseSetting("Store:StatePath", Path.Combine(folder, "operations.db"));
        builder.UseSetting("Scheduler:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (log is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        }

        // The local Graph server takes any bearer token.
        builder.ConfigureTestServices(services => services.AddSingleton<Azure.Core.TokenCredential>(new PartnershipTeams.TestSupport.StaticTokenCredential()));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
