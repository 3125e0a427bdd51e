using Microsoft.Data.Sqlite;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Sqlite;

/// <summary>Creates the bookkeeping tables and each list's table, columns and indexes; adds, never alters or drops.</summary>
internal static class SqliteSchemaProvisioner
{
    private const string Bookkeeping = """
        CREATE TABLE IF NOT EXISTS _meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT OR IGNORE INTO _meta(key, value) VALUES('store_id', lower(hex(randomblob(8))));
        CREATE TABLE IF NOT EXISTS _columns(list TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY(list, name));
        CREATE TABLE IF NOT EXISTS _changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, list TEXT NOT NULL, item_id INTEGER NOT NULL, deleted INTEGER NOT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS ux_changes_item ON _changes(list, item_id);
        """;

    public static async Task EnsureBookkeepingAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(Bookkeeping, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The names of every list the file holds (its "l_" tables).</summary>
    public static async Task<IReadOnlyList<string>> ListNamesAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand("SELECT substr(name, 3) FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 2) = 'l_' ORDER BY name", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var names = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    public static async Task ProvisionAsync(SqliteConnection connection, SqliteTransaction transaction, ListSchema schema, CancellationToken cancellationToken)
    {
        var table = SqliteNames.Table(schema.Name);
        await ExecuteAsync(connection, transaction, $"CREATE TABLE IF NOT EXISTS {table}(id INTEGER PRIMARY KEY AUTOINCREMENT, etag TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL)", cancellationToken);

        var existing = await ReadColumnTypesAsync(connection, transaction, schema.Name, cancellationToken);
        foreach (var column in schema.Columns)
        {
            if (existing.TryGetValue(column.Name, out var storedType))
            {
                if (storedType != column.Type.ToString())
                {
                    throw new SchemaDriftException($"List '{schema.Name}': column '{column.Name}' is stored as {storedType} but the schema says {column.Type}. Nothing was changed.");
                }
            }
            else
            {
                await ExecuteAsync(connection, transaction, $"ALTER TABLE {table} ADD COLUMN {SqliteNames.Column(column.Name)} {SqliteValueCodec.SqlType(column.Type)}", cancellationToken);
                await using var record = new SqliteCommand("INSERT INTO _columns(list, name, type) VALUES(@list, @name, @type)", connection, transaction);
                record.Parameters.AddWithValue("@list", schema.Name);
                record.Parameters.AddWithValue("@name", column.Name);
                record.Parameters.AddWithValue("@type", column.Type.ToString());
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            if (column.IsQueryable)
            {
                await CreateIndexAsync(connection, transaction, schema.Name, column, cancellationToken);
            }
        }
    }

    private static async Task CreateIndexAsync(SqliteConnection connection, SqliteTransaction transaction, string list, ColumnDefinition column, CancellationToken cancellationToken)
    {
        var kind = column.Unique ? "UNIQUE INDEX" : "INDEX";
        var sql = $"CREATE {kind} IF NOT EXISTS {SqliteNames.Index(list, column.Name, column.Unique)} ON {SqliteNames.Table(list)}({SqliteNames.Column(column.Name)})";
        try
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteErrorCodes.Constraint)
        {
            throw new SchemaDriftException($"List '{list}': column '{column.Name}' should be unique but already holds duplicate values. Nothing was changed.", e);
        }
    }

    private static async Task<Dictionary<string, string>> ReadColumnTypesAsync(SqliteConnection connection, SqliteTransaction transaction, string list, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand("SELECT name, type FROM _columns WHERE list = @list", connection, transaction);
        command.Parameters.AddWithValue("@list", list);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadAsync(cancellationToken))
        {
            types[reader.GetString(0)] = reader.GetString(1);
        }

        return types;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
