using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// Whether a write's unique values are taken, asked of SharePoint itself: when an answer may hide a unique-column
/// violation without saying so (409, or a server error with nothing in it), the adapter looks before it decides.
/// </summary>
internal sealed class UniqueValueCheck(Func<string, ListQuery, CancellationToken, Task<IReadOnlyList<ListItem>>> query)
{
    public async Task<bool> IsTakenAsync(ListSchema schema, Dictionary<ColumnDefinition, object?> values, int? exceptId, CancellationToken cancellationToken)
    {
        foreach (var (column, value) in values.Where(v => v.Key.Unique && v.Value is not null))
        {
            var found = await query(schema.Name, ListQuery.WhereEquals(column.Name, value!) with { Top = 2 }, cancellationToken);
            if (found.Any(i => i.Id != exceptId))
            {
                return true;
            }
        }

        return false;
    }
}
