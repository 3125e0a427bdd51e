using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.EndToEnd.Tests;

/// <summary>
/// The product on a real loopback port (Kestrel), as `dotnet run --project functions` runs it: embedded store with
/// the demo data, bot unauthenticated on loopback, Swedish answers; on a clock the test can move.
/// </summary>
public sealed class ProductHost : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-e2e-").FullName;

    public ProductHost(DateTimeOffset now)
    {
        Clock = new FakeTimeProvider(now);
        UseKestrel(0);
        StartServer();
    }

    public FakeTimeProvider Clock { get; }

    public string Address => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    public IListStore Store => Services.GetRequiredService<IListStore>();

    public IOperationalStore State => Services.GetRequiredService<IOperationalStore>();

    /// <summary>Waits until every acknowledged submission is in the register (the app writes them off its queue).</summary>
    public async Task WaitUntilEverySubmissionIsWrittenAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while ((await Services.GetRequiredService<SubmissionLog>().WithStatusAsync(SubmissionStatus.Pending, limit.Token)).Count > 0)
        {
            await Task.Delay(20, limit.Token);
        }
    }

    public Task<IReadOnlyList<string>?> RunAsync(string timer) => Services.GetRequiredService<TimerJobRunner>().RunAsync(timer, CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Store:Path", Path.Combine(folder, "lists.db"));
        builder.UseSetting("Store:StatePath", Path.Combine(folder, "operations.db"));
        builder.UseSetting("Scheduler:Enabled", "false");
        // The Playground always sends locale en-US; the municipality's setting makes the bot answer in Swedish.
        builder.UseSetting("Bot:Language", "sv");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
