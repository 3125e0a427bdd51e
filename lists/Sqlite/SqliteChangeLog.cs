using Microsoft.Data.Sqlite;
using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Lists.Sqlite;

/// <summary>
/// The change log: one row per item holding the sequence number of its latest write (or delete), so a
/// read since a token costs in proportion to what changed and the log never grows past one row per item.
/// </summary>
internal static class SqliteChangeLog
{
    public static async Task RecordAsync(SqliteConnection connection, SqliteTransaction transaction, string list, long itemId, bool deleted, CancellationToken cancellationToken)
    {
        // REPLACE deletes the item's previous row and inserts one with a new, higher sequence number.
        await using var command = new SqliteCommand("INSERT OR REPLACE INTO _changes(list, item_id, deleted) VALUES(@list, @id, @deleted)", connection, transaction);
        command.Parameters.AddWithValue("@list", list);
        command.Parameters.AddWithValue("@id", itemId);
        command.Parameters.AddWithValue("@deleted", deleted ? 1 : 0);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> LatestSequenceAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand("SELECT COALESCE(MAX(seq), 0) FROM _changes", connection, transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<int>> DeletedSinceAsync(SqliteConnection connection, SqliteTransaction transaction, string list, long sequence, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand("SELECT item_id FROM _changes WHERE list = @list AND seq > @seq AND deleted = 1 ORDER BY seq", connection, transaction);
        command.Parameters.AddWithValue("@list", list);
        command.Parameters.AddWithValue("@seq", sequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    /// <summary>A filter selecting the list's items written since the sequence (for use after the SELECT of the items).</summary>
    public const string WrittenSinceFilter = " WHERE id IN (SELECT item_id FROM _changes WHERE list = @list AND seq > @seq AND deleted = 0)";

    public static async Task<string> StoreIdAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand("SELECT value FROM _meta WHERE key = 'store_id'", connection, transaction);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
