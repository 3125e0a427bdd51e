using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Reports.Register;

/// <summary>Every item of a list, page by page without a filter (works past SharePoint's 5,000-item threshold).</summary>
public static class ListReader
{
    public const int PageSize = 1000;

    public static async Task<IReadOnlyList<ListItem>> ReadAllAsync(IListStore store, string list, CancellationToken cancellationToken)
    {
        var items = new List<ListItem>();
        string? continuation = null;
        do
        {
            var page = await store.ReadPageAsync(list, continuation, PageSize, cancellationToken);
            items.AddRange(page.Items);
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return items;
    }

    /// <summary>Every item of a list that reads as a record of its kind.</summary>
    public static async Task<IReadOnlyList<Stored<T>>> ReadAllAsync<T>(IListStore store, ListRecords<T> records, CancellationToken cancellationToken)
        where T : class =>
        [.. (await ReadAllAsync(store, records.ListName, cancellationToken)).Select(records.Stored).OfType<Stored<T>>()];
}
