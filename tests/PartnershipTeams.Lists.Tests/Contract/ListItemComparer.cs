using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Tests.Contract;

/// <summary>Compares list items by id, ETag and field values (arrays by content).</summary>
public sealed class ListItemComparer : IEqualityComparer<ListItem>
{
    public static ListItemComparer Instance { get; } = new();

    public bool Equals(ListItem? x, ListItem? y) =>
        x is not null && y is not null && x.Id == y.Id && x.ETag == y.ETag
        && x.Fields.Count == y.Fields.Count
        && x.Fields.All(f => y.Fields.TryGetValue(f.Key, out var other) && ValueEquals(f.Value, other));

    public int GetHashCode(ListItem obj) => HashCode.Combine(obj.Id, obj.ETag);

    private static bool ValueEquals(object? a, object? b) => (a, b) switch
    {
        (IEnumerable<string> left, IEnumerable<string> right) when a is not string => left.SequenceEqual(right),
        _ => Equals(a, b),
    };
}
