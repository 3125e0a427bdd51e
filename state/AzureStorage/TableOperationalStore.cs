using Azure;
using Azure.Data.Tables;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.State.AzureStorage;

/// <summary>
/// The operational state in Azure Tables: a table per state table ("ptSubmissions", …), an entry an entity in one
/// partition, the key as its row key. Adds rely on the documented 409 EntityAlreadyExists, updates on If-Match and
/// 412; values longer than a string property holds (64 KiB) are split over Name, Name__1, ….
/// </summary>
public sealed class TableOperationalStore(TableServiceClient service) : IOperationalStore
{
    /// <summary>A string property holds 64 KiB, that is 32,768 UTF-16 characters; a little less keeps clear of it.</summary>
    private const int ChunkLength = 30_000;
    private const string Partition = "state";
    private const string ChunkSuffix = "__";

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in Enum.GetValues<StateTable>())
        {
            await CallAsync(() => Table(table).CreateIfNotExistsAsync(cancellationToken));
        }
    }

    public async Task<StateEntry?> GetAsync(StateTable table, string key, CancellationToken cancellationToken)
    {
        var found = await CallAsync(() => Table(table).GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Encode(key), cancellationToken: cancellationToken));
        return found.HasValue ? Entry(found.Value!) : null;
    }

    public async Task<StateEntry?> TryAddAsync(StateTable table, string key, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var entity = Entity(key, values);
        try
        {
            // The answer carries the new entity's ETag: no second round trip to read it back.
            var added = await CallAsync(() => Table(table).AddEntityAsync(entity, cancellationToken));
            return new StateEntry(key, added.Headers.ETag?.ToString() ?? string.Empty, values.Where(v => v.Value is not null).ToDictionary(), added.Headers.Date ?? DateTimeOffset.UtcNow);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    public async Task<StateEntry> UpdateAsync(StateTable table, string key, IReadOnlyDictionary<string, string?> values, string ifMatch, CancellationToken cancellationToken)
    {
        // Replace, not merge, so a value that became shorter loses the chunks it no longer has; "*" replaces the
        // entity as it is at that moment, read again if it changed in between.
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetAsync(table, key, cancellationToken) ?? throw new ItemNotFoundException($"No entry '{key}' in {table}.");
            try
            {
                return await ReplaceAsync(table, current with { ETag = ifMatch == "*" ? current.ETag : ifMatch }, values, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (ifMatch == "*" && attempt < OptimisticUpdate.MaxAttempts)
            {
                // Changed between the read and the write: read again.
            }
        }
    }

    public Task<StateEntry> UpdateAsync(StateTable table, StateEntry asRead, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken) =>
        ReplaceAsync(table, asRead, changes, cancellationToken);

    public async Task<IReadOnlyList<StateEntry>> QueryAsync(StateTable table, string name, string value, CancellationToken cancellationToken)
    {
        CheckName(name);
        // The name is checked to be a plain name; the value goes in as an escaped literal.
        var filter = $"PartitionKey eq '{Partition}' and {name} eq {TableClient.CreateQueryFilter($"{value}")}";
        return await CallAsync(async () =>
        {
            var entries = new List<StateEntry>();
            await foreach (var entity in Table(table).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                entries.Add(Entry(entity));
            }

            return (IReadOnlyList<StateEntry>)[.. entries.OrderBy(e => e.Key, StringComparer.Ordinal)];
        });
    }

    public async Task DeleteAsync(StateTable table, string key, string ifMatch, CancellationToken cancellationToken)
    {
        try
        {
            var response = await CallAsync(() => Table(table).DeleteEntityAsync(Partition, TableKeys.Encode(key), ifMatch == "*" ? ETag.All : new ETag(ifMatch), cancellationToken));
            if (response.Status == 404)
            {
                throw new ItemNotFoundException($"No entry '{key}' in {table}.");
            }
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new ConcurrencyConflictException($"The entry '{key}' in {table} changed since it was read. Nothing was deleted.", e);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new ItemNotFoundException($"No entry '{key}' in {table}.", e);
        }
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await GetAsync(StateTable.SyncState, "health", cancellationToken);
            return new StoreHealth(StoreKind.AzureTables, Reachable: true, service.Uri.ToString());
        }
        catch (ListStoreUnavailableException e)
        {
            return new StoreHealth(StoreKind.AzureTables, Reachable: false, service.Uri.ToString(), e.Message);
        }
    }

    /// <summary>
    /// One request: the entry as read with the changes set, if its ETag still holds. The answer carries the new ETag,
    /// so nothing is read back (every read and write is a billed transaction, and on Azurite CPU time).
    /// </summary>
    private async Task<StateEntry> ReplaceAsync(StateTable table, StateEntry asRead, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken)
    {
        var merged = asRead.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            merged[name] = value;
        }

        try
        {
            var replaced = await CallAsync(() => Table(table).UpdateEntityAsync(Entity(asRead.Key, merged), new ETag(asRead.ETag), TableUpdateMode.Replace, cancellationToken));
            return new StateEntry(asRead.Key, replaced.Headers.ETag?.ToString() ?? string.Empty, merged.Where(v => v.Value is not null).ToDictionary(), replaced.Headers.Date ?? DateTimeOffset.UtcNow);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new ConcurrencyConflictException($"The entry '{asRead.Key}' in {table} changed since it was read. Nothing was written.", e);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new ItemNotFoundException($"No entry '{asRead.Key}' in {table}.", e);
        }
    }

    private TableClient Table(StateTable table) => service.GetTableClient("pt" + table);

    private static TableEntity Entity(string key, IReadOnlyDictionary<string, string?> values)
    {
        var entity = new TableEntity(Partition, TableKeys.Encode(key));
        foreach (var (name, value) in values)
        {
            CheckName(name);
            if (value is null)
            {
                continue;
            }

            for (var (chunk, at) = (0, 0); at < value.Length || (at == 0 && chunk == 0); chunk++, at += ChunkLength)
            {
                entity[chunk == 0 ? name : $"{name}{ChunkSuffix}{chunk}"] = value.Substring(at, Math.Min(ChunkLength, value.Length - at));
            }
        }

        return entity;
    }

    private static StateEntry Entry(TableEntity entity)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in entity.Keys.Where(k => StateValues.IsName(k) && k is not ("PartitionKey" or "RowKey" or "Timestamp")))
        {
            var chunks = Enumerable.Range(1, int.MaxValue - 1)
                .Select(i => entity.TryGetValue($"{name}{ChunkSuffix}{i}", out var part) ? part as string : null)
                .TakeWhile(part => part is not null);
            values[name] = string.Concat(new[] { entity.GetString(name) }.Concat(chunks));
        }

        return new StateEntry(TableKeys.Decode(entity.RowKey), entity.ETag.ToString(), values, entity.Timestamp ?? DateTimeOffset.MinValue);
    }

    private static void CheckName(string name)
    {
        if (!StateValues.IsName(name) || name is "PartitionKey" or "RowKey" or "Timestamp")
        {
            throw new ArgumentException($"'{name}' is not a value name a state table can hold.", nameof(name));
        }
    }

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException e) when (e.Status is 0 or >= 500 or 429 or 403)
        {
            throw new ListStoreUnavailableException($"Azure Tables could not be used ({e.Status}): {e.ErrorCode}", e);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Azure.Identity.AuthenticationFailedException)
        {
            throw new ListStoreUnavailableException($"Azure Tables could not be reached: {e.Message}", e);
        }
    }
}
