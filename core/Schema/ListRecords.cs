namespace PartnershipTeams.Core.Schema;

/// <summary>
/// Which list holds records of one kind and how an item reads as one (null when a manager left a required value
/// unreadable). Each list's schema file defines its own next to the columns, with the way back (its Fields method).
/// </summary>
public sealed record ListRecords<T>(string ListName, Func<ListItem, T?> Read)
    where T : class
{
    public Stored<T>? Stored(ListItem item) => Read(item) is { } value ? new Stored<T>(item.Id, value) : null;
}
