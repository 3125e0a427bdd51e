using System.Net;
using GraphListItem = Microsoft.Graph.Models.ListItem;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Sites.Item.Lists.Item.Items;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// Bulk creates in JSON $batch requests (the SDK splits them into batches of 20). A throttled step is sent
/// again in a later batch after the server's wait; any other failure is that item's alone.
/// </summary>
internal sealed class GraphBatchWriter(GraphServiceClient client, GraphStoreOptions options)
{
    public async Task<IReadOnlyList<BatchCreateResult>> CreateAsync(
        ListSchema schema,
        ItemsRequestBuilder items,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> toCreate,
        CancellationToken cancellationToken)
    {
        var results = new BatchCreateResult?[toCreate.Count];
        var pending = new Dictionary<string, Dictionary<string, object?>>();
        for (var i = 0; i < toCreate.Count; i++)
        {
            try
            {
                var prepared = FieldSet.Prepare(schema, toCreate[i], isCreate: true);
                pending[Key(i)] = GraphFieldCodec.ToGraph(prepared);
            }
            catch (ListStoreException e)
            {
                results[i] = new BatchCreateResult(i, null, e);
            }
        }

        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var batch = new BatchRequestContentCollection(client);
            foreach (var (key, fields) in pending)
            {
                // Graph models serialise only what changed since their last serialisation: each attempt builds new ones.
                var body = new GraphListItem { Fields = new FieldValueSet { AdditionalData = fields! } };
                await batch.AddBatchRequestStepAsync(items.ToPostRequestInformation(body), key);
            }

            var responses = await client.Batch.PostAsync(batch, cancellationToken);
            var statuses = await responses.GetResponsesStatusCodesAsync();
            var throttled = new Dictionary<string, HttpStatusCode>();
            var wait = TimeSpan.Zero;
            foreach (var (key, status) in statuses)
            {
                var index = int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
                if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < options.MaxRetries)
                {
                    throttled[key] = status;
                    wait = Max(wait, RetryAfter(await responses.GetResponseByIdAsync(key)));
                    continue;
                }

                results[index] = await ResultAsync(schema, responses, key, index, status);
            }

            pending = pending.Where(p => throttled.ContainsKey(p.Key)).ToDictionary();
            if (throttled.Count > 0)
            {
                await Task.Delay(wait, cancellationToken);
            }
        }

        return [.. results.Select((r, i) => r ?? new BatchCreateResult(i, null, new ListStoreUnavailableException("No answer for this item in the batch.")))];
    }

    private static async Task<BatchCreateResult> ResultAsync(ListSchema schema, BatchResponseContentCollection responses, string key, int index, HttpStatusCode status)
    {
        if ((int)status is >= 200 and < 300)
        {
            var created = await responses.GetResponseByIdAsync<GraphListItem>(key);
            return new BatchCreateResult(index, GraphItems.ToListItem(schema, created), null);
        }

        using var response = await responses.GetResponseByIdAsync(key);
        var error = new Microsoft.Kiota.Abstractions.ApiException($"Batch step answered {(int)status}.") { ResponseStatusCode = (int)status };
        return new BatchCreateResult(index, null, GraphErrors.Translate(error, $"Creating item {index + 1} in '{schema.Name}'"));
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        using (response)
        {
            return response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Key(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
