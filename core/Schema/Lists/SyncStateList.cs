namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>Where the sync keeps its place: one item per key (e.g. the delta token of a list).</summary>
public static class SyncStateList
{
    public const string Name = "SyncState";
    public const string Title = "Title";
    public const string Key = "Key";
    public const string Value = "Value";
    public const string UpdatedAt = "UpdatedAt";

    public static ListSchema Schema { get; } = new(Name, "Synkroniseringsläge", "Sync state",
    [
        Columns.Title("Nyckel", "Key"),
        Columns.Text(Key, "Nyckel", "Key") with { Required = true, Unique = true, Indexed = true },
        Columns.Note(Value, "Värde", "Value"),
        Columns.Instant(UpdatedAt, "Uppdaterad", "Updated at"),
    ]);
}
