using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Retention;

/// <summary>Deletes state entries whose retention ended, each only as it was read: one changed meanwhile is in use again and stays.</summary>
public static class StateRetention
{
    /// <summary>How many of <paramref name="expired"/> were deleted.</summary>
    public static async Task<int> DeleteAsync(IOperationalStore store, StateTable table, IEnumerable<StateEntry> expired, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var entry in expired)
        {
            try
            {
                await store.DeleteAsync(table, entry.Key, entry.ETag, cancellationToken);
                deleted++;
            }
            catch (Exception e) when (e is ConcurrencyConflictException or ItemNotFoundException)
            {
                // Changed since it was read (a new install, a retried send), or gone already: nothing to remove now.
            }
        }

        return deleted;
    }
}
