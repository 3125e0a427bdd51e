using System.Text.Json;
using Microsoft.Data.Sqlite;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.State.Sqlite;

/// <summary>
/// The operational state in an embedded SQLite file (WAL): one table per state table, an entry a row with its
/// values as JSON. Adds are INSERT … ON CONFLICT DO NOTHING, updates check the ETag in the same statement.
/// </summary>
public sealed class SqliteOperationalStore : IOperationalStore
{
    private readonly string connectionString;
    private readonly TimeProvider time;

    public SqliteOperationalStore(string path, TimeProvider time)
    {
        FilePath = Path.GetFullPath(path);
        this.time = time;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    public string FilePath { get; }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) =>
        RunAsync(async connection =>
        {
            foreach (var table in Enum.GetValues<StateTable>())
            {
                await using var create = new SqliteCommand(
                    $"CREATE TABLE IF NOT EXISTS {Table(table)} (key TEXT PRIMARY KEY NOT NULL, etag TEXT NOT NULL, updated TEXT NOT NULL, data TEXT NOT NULL) WITHOUT ROWID",
                    connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            return 0;
        }, cancellationToken);

    public Task<StateEntry?> GetAsync(StateTable table, string key, CancellationToken cancellationToken) =>
        RunAsync(connection => ReadAsync(connection, table, key, cancellationToken), cancellationToken);

    public Task<StateEntry?> TryAddAsync(StateTable table, string key, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        CheckNames(values);
        return RunAsync(async connection =>
        {
            await using var insert = new SqliteCommand(
                $"INSERT INTO {Table(table)}(key, etag, updated, data) VALUES(@key, @etag, @now, @data) ON CONFLICT(key) DO NOTHING",
                connection);
            insert.Parameters.AddWithValue("@key", key);
            insert.Parameters.AddWithValue("@etag", NewETag());
            insert.Parameters.AddWithValue("@now", StateValues.Instant(time.GetUtcNow()));
            insert.Parameters.AddWithValue("@data", JsonSerializer.Serialize(Present(values)));
            return await insert.ExecuteNonQueryAsync(cancellationToken) == 0 ? null : await ReadAsync(connection, table, key, cancellationToken);
        }, cancellationToken);
    }

    public Task<StateEntry> UpdateAsync(StateTable table, string key, IReadOnlyDictionary<string, string?> values, string ifMatch, CancellationToken cancellationToken)
    {
        CheckNames(values);
        return RunAsync(async connection =>
        {
            await using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
            var current = await ReadAsync(connection, table, key, cancellationToken, transaction)
                ?? throw new ItemNotFoundException($"No entry '{key}' in {table}.");
            if (ifMatch != "*" && ifMatch != current.ETag)
            {
                throw new ConcurrencyConflictException($"The entry '{key}' in {table} changed since it was read. Nothing was written.");
            }

            var merged = current.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
            foreach (var (name, value) in values)
            {
                merged[name] = value;
            }

            await using var update = new SqliteCommand($"UPDATE {Table(table)} SET etag = @etag, updated = @now, data = @data WHERE key = @key", connection, transaction);
            update.Parameters.AddWithValue("@key", key);
            update.Parameters.AddWithValue("@etag", NewETag());
            update.Parameters.AddWithValue("@now", StateValues.Instant(time.GetUtcNow()));
            update.Parameters.AddWithValue("@data", JsonSerializer.Serialize(Present(merged)));
            await update.ExecuteNonQueryAsync(cancellationToken);
            var updated = await ReadAsync(connection, table, key, cancellationToken, transaction);
            await transaction.CommitAsync(cancellationToken);
            return updated!;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<StateEntry>> QueryAsync(StateTable table, string name, string value, CancellationToken cancellationToken)
    {
        CheckName(name);
        return RunAsync<IReadOnlyList<StateEntry>>(async connection =>
        {
            await using var select = new SqliteCommand($"SELECT key, etag, updated, data FROM {Table(table)} WHERE json_extract(data, @path) = @value ORDER BY key", connection);
            select.Parameters.AddWithValue("@path", $"$.\"{name}\"");
            select.Parameters.AddWithValue("@value", value);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            var entries = new List<StateEntry>();
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(Entry(reader));
            }

            return entries;
        }, cancellationToken);
    }

    public Task DeleteAsync(StateTable table, string key, string ifMatch, CancellationToken cancellationToken) =>
        RunAsync(async connection =>
        {
            await using var delete = new SqliteCommand($"DELETE FROM {Table(table)} WHERE key = @key AND (@ifMatch = '*' OR etag = @ifMatch)", connection);
            delete.Parameters.AddWithValue("@key", key);
            delete.Parameters.AddWithValue("@ifMatch", ifMatch);
            if (await delete.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw await ReadAsync(connection, table, key, cancellationToken) is null
                    ? new ItemNotFoundException($"No entry '{key}' in {table}.")
                    : new ConcurrencyConflictException($"The entry '{key}' in {table} changed since it was read. Nothing was deleted.");
            }

            return 0;
        }, cancellationToken);

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await GetAsync(StateTable.SyncState, "health", cancellationToken);
            return new StoreHealth(StoreKind.Sqlite, Reachable: true, FilePath);
        }
        catch (ListStoreUnavailableException e)
        {
            return new StoreHealth(StoreKind.Sqlite, Reachable: false, FilePath, e.Message);
        }
    }

    private static async Task<StateEntry?> ReadAsync(SqliteConnection connection, StateTable table, string key, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var select = new SqliteCommand($"SELECT key, etag, updated, data FROM {Table(table)} WHERE key = @key", connection, transaction);
        select.Parameters.AddWithValue("@key", key);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Entry(reader) : null;
    }

    private static StateEntry Entry(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        JsonSerializer.Deserialize<Dictionary<string, string?>>(reader.GetString(3)) ?? [],
        StateValues.Instant(reader.GetString(2)) ?? DateTimeOffset.MinValue);

    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var wal = new SqliteCommand("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", connection))
            {
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

            return await work(connection);
        }
        catch (SqliteException e)
        {
            throw new ListStoreUnavailableException($"The operational state at {FilePath} could not be used: {e.Message}", e);
        }
    }

    private static Dictionary<string, string> Present(IReadOnlyDictionary<string, string?> values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);

    private static void CheckNames(IReadOnlyDictionary<string, string?> values)
    {
        foreach (var name in values.Keys)
        {
            CheckName(name);
        }
    }

    private static void CheckName(string name)
    {
        if (!StateValues.IsName(name))
        {
            throw new ArgumentException($"'{name}' is not a value name a state table can hold.", nameof(name));
        }
    }

    private static string Table(StateTable table) => "state_" + table.ToString().ToLowerInvariant();

    private static string NewETag() => Guid.NewGuid().ToString("N");
}
