using Microsoft.Data.Sqlite;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Sqlite;

public sealed partial class SqliteListStore
{
    public async Task<IReadOnlyList<BatchUpdateResult>> UpdateManyAsync(string list, IReadOnlyList<ItemUpdate> updates, CancellationToken cancellationToken)
    {
        SchemaOf(list);
        var results = new List<BatchUpdateResult>(updates.Count);
        for (var i = 0; i < updates.Count; i++)
        {
            try
            {
                results.Add(new BatchUpdateResult(i, await UpdateAsync(list, updates[i].Id, updates[i].Fields, updates[i].IfMatch, cancellationToken), null));
            }
            catch (ListStoreException e) when (e is not ListStoreUnavailableException)
            {
                results.Add(new BatchUpdateResult(i, null, e));
            }
        }

        return results;
    }

    public Task<string> GetLatestChangeTokenAsync(string list, CancellationToken cancellationToken)
    {
        var schema = SchemaOf(list);
        return RunAsync(async (connection, transaction) =>
        {
            var storeId = await SqliteChangeLog.StoreIdAsync(connection, transaction, cancellationToken);
            var latest = await SqliteChangeLog.LatestSequenceAsync(connection, transaction, cancellationToken);
            return new SqliteChangeToken(storeId, schema.Name, latest).ToString();
        }, write: false, cancellationToken);
    }

    public Task<ItemPage> ReadPageAsync(string list, string? continuation, int size, CancellationToken cancellationToken)
    {
        var schema = SchemaOf(list);
        var after = continuation is null ? 0 : SqlitePageToken.Parse(continuation, schema.Name).AfterId;
        return RunAsync(async (connection, transaction) =>
        {
            await using var select = new SqliteCommand(SqliteItemReader.SelectFrom(schema) + " WHERE id > @after ORDER BY id LIMIT @limit", connection, transaction);
            select.Parameters.AddWithValue("@after", after);
            select.Parameters.AddWithValue("@limit", Math.Max(1, size) + 1);
            var items = await SqliteItemReader.ReadAllAsync(select, schema, cancellationToken);
            var page = items.Take(Math.Max(1, size)).ToList();
            return new ItemPage(page, items.Count > page.Count ? new SqlitePageToken(schema.Name, page[^1].Id).ToString() : null);
        }, write: false, cancellationToken);
    }
}
