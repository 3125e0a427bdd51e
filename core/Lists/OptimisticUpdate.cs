using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Lists;

/// <summary>
/// An update that never overwrites what it did not read: the change is made with If-Match on the item as read;
/// when someone changed it meanwhile, the item is read again and the change asked again of the item as it is now.
/// </summary>
public static class OptimisticUpdate
{
    public const int MaxAttempts = 4;

    /// <summary>
    /// The item after the change, or the item as it is when <paramref name="change"/> returns null (nothing to do).
    /// Throws <see cref="ConcurrencyConflictException"/> when it kept changing under us <see cref="MaxAttempts"/> times.
    /// </summary>
    public static async Task<ListItem> UpdateCurrentAsync(
        this IListStore store,
        string list,
        ListItem item,
        Func<ListItem, IReadOnlyDictionary<string, object?>?> change,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (change(item) is not { } fields)
            {
                return item;
            }

            try
            {
                return await store.UpdateAsync(list, item.Id, fields, item.ETag, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                item = await store.GetAsync(list, item.Id, cancellationToken);
            }
        }
    }
}
