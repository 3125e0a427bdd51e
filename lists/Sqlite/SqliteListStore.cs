using System.Collections.Immutable;
using System.Data;
using Microsoft.Data.Sqlite;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Sqlite;

/// <summary>
/// The embedded list store: one SQLite file in WAL mode with the same contract as SharePoint
/// (ETags, unique columns, change tokens). Every write is one IMMEDIATE transaction, so two
/// processes sharing the file serialise instead of overwriting each other.
/// </summary>
public sealed partial class SqliteListStore : IListStore
{
    private readonly string connectionString;
    private readonly TimeProvider time;
    private ImmutableDictionary<string, ListSchema> schemas = ImmutableDictionary.Create<string, ListSchema>(StringComparer.OrdinalIgnoreCase);
    private ImmutableHashSet<string> requested = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    public SqliteListStore(string path, TimeProvider time)
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

    public StoreKind Kind => StoreKind.Sqlite;

    public string FilePath { get; }

    public async Task<IReadOnlyList<string>> ProvisionAsync(IEnumerable<ListSchema> schemas, CancellationToken cancellationToken)
    {
        var wanted = schemas.ToList();
        ImmutableInterlocked.Update(ref requested, known => known.Union(wanted.Select(s => s.Name)));
        var others = await RunAsync(async (connection, transaction) =>
        {
            await SqliteSchemaProvisioner.EnsureBookkeepingAsync(connection, transaction, cancellationToken);
            foreach (var schema in wanted)
            {
                await SqliteSchemaProvisioner.ProvisionAsync(connection, transaction, schema, cancellationToken);
            }

            return await SqliteSchemaProvisioner.ListNamesAsync(connection, transaction, cancellationToken);
        }, write: true, cancellationToken);
        ImmutableInterlocked.Update(ref this.schemas, known => known.SetItems(wanted.Select(s => KeyValuePair.Create(s.Name, s))));
        return [.. others.Where(name => wanted.All(s => !string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))];
    }

    public Task<ListItem> CreateAsync(string list, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        var schema = SchemaOf(list);
        var prepared = FieldSet.Prepare(schema, fields, isCreate: true);
        return RunAsync(async (connection, transaction) =>
        {
            var now = SqliteValueCodec.FormatInstant(time.GetUtcNow());
            var columns = prepared.Keys.ToList();
            var names = string.Concat(columns.Select(c => ", " + SqliteNames.Column(c.Name)));
            var values = string.Concat(columns.Select((_, i) => $", @p{i}"));
            await using var insert = new SqliteCommand(
                $"INSERT INTO {SqliteNames.Table(schema.Name)}(etag, created, modified{names}) VALUES(@etag, @now, @now{values}) RETURNING id",
                connection,
                transaction);
            insert.Parameters.AddWithValue("@etag", NewETag());
            insert.Parameters.AddWithValue("@now", now);
            AddValues(insert, columns, prepared);
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            await SqliteChangeLog.RecordAsync(connection, transaction, schema.Name, id, deleted: false, cancellationToken);
            return await ReadOneAsync(connection, transaction, schema, id, cancellationToken);
        }, write: true, cancellationToken);
    }

    public async Task<IReadOnlyList<BatchCreateResult>> CreateManyAsync(string list, IReadOnlyList<IReadOnlyDictionary<string, object?>> items, CancellationToken cancellationToken)
    {
        SchemaOf(list);
        var results = new List<BatchCreateResult>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                results.Add(new BatchCreateResult(i, await CreateAsync(list, items[i], cancellationToken), null));
            }
            catch (ListStoreException e) when (e is not ListStoreUnavailableException)
            {
                results.Add(new BatchCreateResult(i, null, e));
            }
        }

        return results;
    }

    public Task<ListItem> GetAsync(string list, int id, CancellationToken cancellationToken)
    {
        var schema = SchemaOf(list);
        return RunAsync((connection, transaction) => ReadOneAsync(connection, transaction, schema, id, cancellationToken), write: false, cancellationToken);
    }

    public Task<IReadOnlyList<ListItem>> QueryAsync(string list, ListQuery query, CancellationToken cancellationToken)
    {
        var schema = SchemaOf(list);
        var conditions = query.Conditions.Select(c => (Prepared: FieldSet.PrepareCondition(schema, c), c.Operator)).ToList();
        return RunAsync<IReadOnlyList<ListItem>>(async (connection, transaction) =>
        {
            await using var select = new SqliteCommand(SqliteItemReader.SelectFrom(schema), connection, transaction);
            var where = conditions.Select((c, i) => $"{SqliteNames.Column(c.Prepared.Column.Name)} {Sql(c.Operator)} @q{i}").ToList();
            for (var i = 0; i < conditions.Count; i++)
            {
                select.Parameters.AddWithValue($"@q{i}", SqliteValueCodec.ToDb(conditions[i].Prepared.Value));
            }

            select.CommandText += (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty) + " ORDER BY id";
            if (query.Top is { } top)
            {
                select.CommandText += " LIMIT @top";
                select.Parameters.AddWithValue("@top", Math.Max(0, top));
            }

            return await SqliteItemReader.ReadAllAsync(select, schema, cancellationToken);
        }, write: false, cancellationToken);
    }

    public Task<ListItem> UpdateAsync(string list, int id, IReadOnlyDictionary<string, object?> fields, string ifMatch, CancellationToken cancellationToken)
    {
        var schema = SchemaOf(list);
        var prepared = FieldSet.Prepare(schema, fields, isCreate: false);
        return RunAsync(async (connection, transaction) =>
        {
            var columns = prepared.Keys.ToList();
            var sets = string.Concat(columns.Select((c, i) => $", {SqliteNames.Column(c.Name)} = @p{i}"));
            await using var update = new SqliteCommand(
                $"UPDATE {SqliteNames.Table(schema.Name)} SET etag = @etag, modified = @now{sets} WHERE id = @id AND (@ifMatch = '*' OR etag = @ifMatch)",
                connection,
                transaction);
            update.Parameters.AddWithValue("@etag", NewETag());
            update.Parameters.AddWithValue("@now", SqliteValueCodec.FormatInstant(time.GetUtcNow()));
            update.Parameters.AddWithValue("@id", id);
            update.Parameters.AddWithValue("@ifMatch", ifMatch);
            AddValues(update, columns, prepared);
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw await MissOrConflictAsync(connection, transaction, schema, id, cancellationToken);
            }

            await SqliteChangeLog.RecordAsync(connection, transaction, schema.Name, id, deleted: false, cancellationToken);
            return await ReadOneAsync(connection, transaction, schema, id, cancellationToken);
        }, write: true, cancellationToken);
    }

    public Task DeleteAsync(string list, int id, string ifMatch, CancellationToken cancellationToken)
    {
        var schema = SchemaOf(list);
        return RunAsync(async (connection, transaction) =>
        {
            await using var delete = new SqliteCommand(
                $"DELETE FROM {SqliteNames.Table(schema.Name)} WHERE id = @id AND (@ifMatch = '*' OR etag = @ifMatch)",
                connection,
                transaction);
            delete.Parameters.AddWithValue("@id", id);
            delete.Parameters.AddWithValue("@ifMatch", ifMatch);
            if (await delete.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw await MissOrConflictAsync(connection, transaction, schema, id, cancellationToken);
            }

            await SqliteChangeLog.RecordAsync(connection, transaction, schema.Name, id, deleted: true, cancellationToken);
            return 0;
        }, write: true, cancellationToken);
    }

    public Task<ChangeSet> GetChangesAsync(string list, string? changeToken, CancellationToken cancellationToken)
    {
        var schema = SchemaOf(list);
        var since = changeToken is null ? null : SqliteChangeToken.Parse(changeToken, schema.Name);
        return RunAsync(async (connection, transaction) =>
        {
            var storeId = await SqliteChangeLog.StoreIdAsync(connection, transaction, cancellationToken);
            var latest = await SqliteChangeLog.LatestSequenceAsync(connection, transaction, cancellationToken);
            var next = new SqliteChangeToken(storeId, schema.Name, latest).ToString();
            await using var select = new SqliteCommand(SqliteItemReader.SelectFrom(schema), connection, transaction);

            // A token from another store file (recreated, restored) cannot be trusted: resync everything.
            if (since is null || since.StoreId != storeId)
            {
                var all = await SqliteItemReader.ReadAllAsync(select, schema, cancellationToken);
                return new ChangeSet([.. all.Select(i => new ItemChange(i.Id, i))], next, IsFullResync: true);
            }

            select.CommandText += SqliteChangeLog.WrittenSinceFilter;
            select.Parameters.AddWithValue("@list", schema.Name);
            select.Parameters.AddWithValue("@seq", since.Sequence);
            var written = await SqliteItemReader.ReadAllAsync(select, schema, cancellationToken);
            var deleted = await SqliteChangeLog.DeletedSinceAsync(connection, transaction, schema.Name, since.Sequence, cancellationToken);
            var changes = written.Select(i => new ItemChange(i.Id, i)).Concat(deleted.Select(id => new ItemChange(id, null))).ToList();
            return new ChangeSet(changes, next, IsFullResync: false);
        }, write: false, cancellationToken);
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(async (connection, transaction) =>
            {
                await using var ping = new SqliteCommand("SELECT COUNT(*) FROM _columns", connection, transaction);
                return await ping.ExecuteScalarAsync(cancellationToken);
            }, write: false, cancellationToken);
            return new StoreHealth(Kind, Reachable: true, FilePath);
        }
        catch (ListStoreUnavailableException e)
        {
            return new StoreHealth(Kind, Reachable: false, FilePath, e.Message);
        }
    }

    private ListSchema SchemaOf(string list) =>
        schemas.TryGetValue(list, out var schema)
            ? schema
            : requested.Contains(list)
                ? throw new ListStoreUnavailableException($"List '{list}' is not provisioned yet: the store could not be reached when it was.")
                : throw new UnknownListException($"List '{list}' is not provisioned in this store.");

    private static string NewETag() => Guid.NewGuid().ToString("N");

    private static void AddValues(SqliteCommand command, List<ColumnDefinition> columns, Dictionary<ColumnDefinition, object?> values)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters.AddWithValue($"@p{i}", SqliteValueCodec.ToDb(values[columns[i]]));
        }
    }

    private static string Sql(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown comparison."),
    };

    private static async Task<ListItem> ReadOneAsync(SqliteConnection connection, SqliteTransaction transaction, ListSchema schema, long id, CancellationToken cancellationToken)
    {
        await using var select = new SqliteCommand(SqliteItemReader.SelectFrom(schema) + " WHERE id = @id", connection, transaction);
        select.Parameters.AddWithValue("@id", id);
        var items = await SqliteItemReader.ReadAllAsync(select, schema, cancellationToken);
        return items.Count == 1 ? items[0] : throw new ItemNotFoundException($"List '{schema.Name}' has no item {id}.");
    }

    private static async Task<ListStoreException> MissOrConflictAsync(SqliteConnection connection, SqliteTransaction transaction, ListSchema schema, int id, CancellationToken cancellationToken)
    {
        await using var exists = new SqliteCommand($"SELECT COUNT(*) FROM {SqliteNames.Table(schema.Name)} WHERE id = @id", connection, transaction);
        exists.Parameters.AddWithValue("@id", id);
        var found = Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
        return found
            ? new ConcurrencyConflictException($"List '{schema.Name}': item {id} was changed by someone else since it was read. Nothing was written.")
            : new ItemNotFoundException($"List '{schema.Name}' has no item {id}.");
    }

    private async Task<T> RunAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, bool write, CancellationToken cancellationToken)
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

            // A write begins IMMEDIATE, so writers queue on the lock instead of failing on a read-to-write upgrade;
            // a read is deferred and sees one consistent snapshot (WAL) without blocking writers.
            await using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: !write);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteErrorCodes.Constraint && e.SqliteExtendedErrorCode == SqliteErrorCodes.ConstraintUnique)
        {
            throw new DuplicateItemException($"Another item already holds this value in a unique column ({UniqueColumnOf(e)}). Nothing was written.", e);
        }
        catch (SqliteException e)
        {
            throw new ListStoreUnavailableException($"The embedded store at {FilePath} could not be used: {e.Message}", e);
        }
    }

    private static string UniqueColumnOf(SqliteException e)
    {
        var at = e.Message.LastIndexOf(".c_", StringComparison.Ordinal);
        return at < 0 ? "unknown column" : e.Message[(at + 3)..].TrimEnd('\'', '.', ' ');
    }
}
