using Microsoft.Data.Sqlite;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Sqlite;

/// <summary>Reads list items: the SELECT for a schema and the mapping of a row to a <see cref="ListItem"/>.</summary>
internal static class SqliteItemReader
{
    public static string SelectFrom(ListSchema schema) =>
        $"SELECT id, etag, modified, {string.Join(", ", schema.Columns.Select(c => SqliteNames.Column(c.Name)))} FROM {SqliteNames.Table(schema.Name)}";

    public static async Task<List<ListItem>> ReadAllAsync(SqliteCommand command, ListSchema schema, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<ListItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader, schema));
        }

        return items;
    }

    private static ListItem Read(SqliteDataReader reader, ListSchema schema)
    {
        var fields = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < schema.Columns.Count; i++)
        {
            var column = schema.Columns[i];
            fields[column.Name] = SqliteValueCodec.FromDb(column.Type, reader.GetValue(i + 3));
        }

        return new ListItem(reader.GetInt32(0), reader.GetString(1), fields, SqliteValueCodec.ParseInstant(reader.GetString(2)));
    }
}
