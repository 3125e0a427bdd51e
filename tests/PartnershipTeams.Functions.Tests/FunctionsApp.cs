using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.Functions.Tests;

/// <summary>The Functions app on a fake clock, its own SQLite file, no standalone scheduler: tests run the timers themselves.</summary>
public sealed class FunctionsApp : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-fn-").FullName;

    private readonly IReadOnlyDictionary<string, string?> settings;

    public FunctionsApp(DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Clock = new FakeTimeProvider(now);
        this.settings = settings ?? new Dictionary<string, string?>();
    }

    public FakeTimeProvider Clock { get; }

    public IListStore Store => Services.GetRequiredService<IListStore>();

    public Task<IReadOnlyList<string>?> RunAsync(string job) => Services.GetRequiredService<TimerJobRunner>().RunAsync(job, CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Path", Path.Combine(folder, "lists.db"));
        builder.UseSetting("Store:SeedDemoData", "true");
        builder.UseSetting("Scheduler:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Azure.Core.TokenCredential>(new PartnershipTeams.TestSupport.StaticTokenCredential());
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
