using System.Net;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Sync;

/// <summary>A start while the store is down is not fatal: the timers provision once it is back.</summary>
public sealed class StoreRecoveryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-recover-").FullName;

    [Fact]
    public async Task SyncAfterAStartWithTheStoreDown_ProvisionsWhenItIsBack()
    {
        var database = Path.Combine(folder, "lists.db");
        Directory.CreateDirectory(database); // a folder where the database file should be: SQLite cannot open it
        await using var app = new ProductApp(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), new Dictionary<string, string?> { ["Store:Path"] = database });

        var whileDown = await app.RunAsync("sync");
        Directory.Delete(database);
        var whenBack = await app.RunAsync("sync");

        Assert.StartsWith("the list store cannot be reached", whileDown![0], StringComparison.Ordinal);
        Assert.StartsWith("submissions queued again: 0", whenBack![0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(new Uri("/lists/Partners", UriKind.Relative))).StatusCode);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
