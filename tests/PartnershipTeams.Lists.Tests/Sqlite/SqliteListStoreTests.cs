using Microsoft.Data.Sqlite;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Lists.Sqlite;
using PartnershipTeams.Lists.Tests.Contract;

namespace PartnershipTeams.Lists.Tests.Sqlite;

/// <summary>What the embedded store does beyond the shared contract: its file, WAL mode, a lost file.</summary>
public sealed class SqliteListStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempFolder folder = new();

    [Fact]
    public async Task ProvisionAsyncOnAFreshPath_CreatesTheFolderAndAWalModeFile()
    {
        var path = Path.Combine(folder.Path, "nested", "data", "lists.db");
        var store = new SqliteListStore(path, TimeProvider.System);

        await store.ProvisionAsync(TestLists.All, None);

        Assert.True(File.Exists(path));
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var pragma = new SqliteCommand("PRAGMA journal_mode", connection);
        Assert.Equal("wal", await pragma.ExecuteScalarAsync());
    }

    [Fact]
    public async Task CreateAsyncWhenTheFileCannotBeOpened_ThrowsUnavailableAndHealthSaysSo()
    {
        var path = Path.Combine(folder.Path, "is-a-folder");
        Directory.CreateDirectory(path);
        var store = new SqliteListStore(path, TimeProvider.System);

        await Assert.ThrowsAsync<ListStoreUnavailableException>(() => store.ProvisionAsync(TestLists.All, None));
        var health = await store.CheckHealthAsync(None);

        Assert.False(health.Reachable);
        Assert.Equal(Path.GetFullPath(path), health.Location);
    }

    [Fact]
    public async Task GetChangesAsyncWithATokenFromARecreatedFile_ResyncsEverything()
    {
        var path = Path.Combine(folder.Path, "lists.db");
        var before = new SqliteListStore(path, TimeProvider.System);
        await before.ProvisionAsync(TestLists.All, None);
        var token = (await before.GetChangesAsync(TestLists.Things, null, None)).NextToken;
        SqliteConnection.ClearAllPools();
        File.Delete(path);

        var after = new SqliteListStore(path, TimeProvider.System);
        await after.ProvisionAsync(TestLists.All, None);
        await after.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "New file" }, None);
        var changes = await after.GetChangesAsync(TestLists.Things, token, None);

        Assert.True(changes.IsFullResync);
        Assert.Single(changes.Changes);
    }

    [Fact]
    public async Task UpdateAsync_StampsModifiedFromTheInjectedClock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        var store = new SqliteListStore(Path.Combine(folder.Path, "lists.db"), clock);
        await store.ProvisionAsync(TestLists.All, None);
        var item = await store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "Clocked" }, None);

        clock.Advance(TimeSpan.FromHours(2));
        var updated = await store.UpdateAsync(TestLists.Things, item.Id, new Dictionary<string, object?> { ["Owner"] = "a@b.se" }, item.ETag, None);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), item.Modified);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), updated.Modified);
    }

    public void Dispose() => folder.Dispose();
}
