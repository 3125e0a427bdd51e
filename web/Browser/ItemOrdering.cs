using System.Globalization;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Web.Browser;

/// <summary>Sorts items by a column's value (dates as dates, numbers as numbers, text in Swedish order), empty cells last.</summary>
public static class ItemOrdering
{
    private static readonly StringComparer Swedish = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    public static IReadOnlyList<ListItem> Sort(IReadOnlyList<ListItem> items, ListPageRequest request, CellText cells)
    {
        if (request.SortColumn is not { } column)
        {
            return request.Descending ? [.. items.OrderByDescending(i => i.Id)] : items;
        }

        var keyed = items.Select(i => (Item: i, Key: KeyOf(i, column, cells))).ToList();
        var present = keyed.Where(k => k.Key is not null);
        var sorted = request.Descending
            ? present.OrderByDescending(k => k.Key, Comparer<object?>.Create(Compare))
            : present.OrderBy(k => k.Key, Comparer<object?>.Create(Compare));
        return [.. sorted.ThenBy(k => k.Item.Id).Concat(keyed.Where(k => k.Key is null)).Select(k => k.Item)];
    }

    private static object? KeyOf(ListItem item, ColumnDefinition column, CellText cells) => column.Type switch
    {
        ColumnType.Text or ColumnType.Note or ColumnType.Choice or ColumnType.MultiChoice or ColumnType.Lookup =>
            cells.Of(item, column) is { Length: > 0 } text ? text : null,
        _ => item[column.Name],
    };

    private static int Compare(object? a, object? b) => (a, b) switch
    {
        (string x, string y) => Swedish.Compare(x, y),
        _ => Comparer<object?>.Default.Compare(a, b),
    };
}
