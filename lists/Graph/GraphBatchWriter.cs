using System.Globalization;
using ColumnDefinition = PartnershipTeams.Core.Schema.ColumnDefinition;
using System.Net;
using GraphListItem = Microsoft.Graph.Models.ListItem;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Sites.Item.Lists.Item.Items;
using Microsoft.Kiota.Abstractions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// Bulk creates and updates in JSON $batch requests (the SDK splits them into batches of 20; each step costs its own
/// resource units). A throttled step is sent again in a later batch after the later of its Retry-After and RateLimit-Reset;
/// any other failure is that item's alone, read from what the step's body says.
/// </summary>
internal sealed class GraphBatchWriter(GraphServiceClient client, GraphStoreOptions options, UniqueValueCheck unique)
{
    private readonly TimeZoneInfo siteZone = options.TimeZone;

    public async Task<IReadOnlyList<BatchCreateResult>> CreateAsync(
        ListSchema schema,
        ItemsRequestBuilder items,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> toCreate,
        CancellationToken cancellationToken)
    {
        var results = new BatchCreateResult?[toCreate.Count];
        var steps = new Dictionary<int, Dictionary<ColumnDefinition, object?>>();
        for (var i = 0; i < toCreate.Count; i++)
        {
            try
            {
                steps[i] = FieldSet.Prepare(schema, toCreate[i], isCreate: true);
            }
            catch (ListStoreException e)
            {
                results[i] = new BatchCreateResult(i, null, e);
            }
        }

        // Graph models serialise only what changed since their last serialisation: each attempt builds new ones.
        await SendAsync(
            steps.ToDictionary(s => s.Key, s => (Func<RequestInformation>)(() => items.ToPostRequestInformation(new GraphListItem { Fields = new FieldValueSet { AdditionalData = GraphFieldCodec.ToGraph(s.Value, siteZone)! } }))),
            async (index, status, responses) =>
            {
                var what = $"Creating item {index + 1} in '{schema.Name}'";
                results[index] = Succeeded(status)
                    ? new BatchCreateResult(index, GraphItems.ToListItem(schema, (await responses.GetResponseByIdAsync<GraphListItem>(Key(index)))!, siteZone), null)
                    : new BatchCreateResult(index, null, await FailureAsync(schema, steps[index], null, responses, index, status, what, cancellationToken));
            },
            cancellationToken);
        return [.. results.Select((r, i) => r ?? new BatchCreateResult(i, null, new ListStoreUnavailableException("No answer for this item in the batch.")))];
    }

    public async Task<IReadOnlyList<BatchUpdateResult>> UpdateAsync(
        ListSchema schema,
        ItemsRequestBuilder items,
        IReadOnlyList<ItemUpdate> updates,
        CancellationToken cancellationToken)
    {
        var results = new BatchUpdateResult?[updates.Count];
        var steps = new Dictionary<int, Dictionary<ColumnDefinition, object?>>();
        for (var i = 0; i < updates.Count; i++)
        {
            try
            {
                steps[i] = FieldSet.Prepare(schema, updates[i].Fields, isCreate: false);
            }
            catch (ListStoreException e)
            {
                results[i] = new BatchUpdateResult(i, null, e);
            }
        }

        await SendAsync(
            steps.ToDictionary(s => s.Key, s => (Func<RequestInformation>)(() => items[Id(updates[s.Key].Id)].Fields.ToPatchRequestInformation(
                new FieldValueSet { AdditionalData = GraphFieldCodec.ToGraph(s.Value, siteZone)! },
                rc => rc.Headers.Add("If-Match", updates[s.Key].IfMatch)))),
            async (index, status, responses) =>
            {
                var what = $"Updating item {updates[index].Id} of '{schema.Name}'";
                results[index] = Succeeded(status)
                    ? new BatchUpdateResult(index, GraphItems.ToListItem(schema, updates[index].Id, (await responses.GetResponseByIdAsync<FieldValueSet>(Key(index)))!, siteZone), null)
                    : new BatchUpdateResult(index, null, await FailureAsync(schema, steps[index], updates[index].Id, responses, index, status, what, cancellationToken));
            },
            cancellationToken);
        return [.. results.Select((r, i) => r ?? new BatchUpdateResult(i, null, new ListStoreUnavailableException("No answer for this item in the batch.")))];
    }

    private async Task SendAsync(
        Dictionary<int, Func<RequestInformation>> pending,
        Func<int, HttpStatusCode, BatchResponseContentCollection, Task> onAnswer,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var batch = new BatchRequestContentCollection(client);
            foreach (var (index, request) in pending)
            {
                await batch.AddBatchRequestStepAsync(request(), Key(index));
            }

            var responses = await client.Batch.PostAsync(batch, cancellationToken);
            var statuses = await responses.GetResponsesStatusCodesAsync();
            var throttled = new HashSet<int>();
            var wait = TimeSpan.Zero;
            foreach (var (key, status) in statuses)
            {
                var index = int.Parse(key, CultureInfo.InvariantCulture);
                if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < options.MaxRetries)
                {
                    throttled.Add(index);
                    using var response = await responses.GetResponseByIdAsync(key);
                    wait = Max(wait, RequestPacer.WaitOf(response));
                    continue;
                }

                await onAnswer(index, status, responses);
            }

            pending = pending.Where(p => throttled.Contains(p.Key)).ToDictionary();
            if (throttled.Count > 0)
            {
                await Task.Delay(wait, cancellationToken);
            }
        }
    }

    private async Task<ListStoreException> FailureAsync(
        ListSchema schema,
        Dictionary<ColumnDefinition, object?> values,
        int? itemId,
        BatchResponseContentCollection responses,
        int index,
        HttpStatusCode status,
        string what,
        CancellationToken cancellationToken)
    {
        using var response = await responses.GetResponseByIdAsync(Key(index));
        var body = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync(cancellationToken);
        var error = GraphErrors.Translate((int)status, body, what);
        var unclear = error is not DuplicateItemException && (int)status is 409 or (>= 500 and not 503 and not 504);
        return unclear && await unique.IsTakenAsync(schema, values, itemId, cancellationToken)
            ? new DuplicateItemException($"{what}: another item already holds this value in a unique column. Nothing was written.", error)
            : error;
    }

    private static bool Succeeded(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Key(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
