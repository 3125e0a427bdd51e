using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>
/// One SharePoint list in the fake: its URL name (fixed at creation), its title (what people see, may change),
/// columns, items, per-item latest change and the views created through the SharePoint REST API.
/// </summary>
public sealed class FakeList(string id, string name)
{
    public string Id { get; } = id;

    /// <summary>The URL name, taken from the display name at creation and never changed afterwards.</summary>
    public string Name { get; } = name;

    /// <summary>The title shown in SharePoint (Graph's displayName); the REST API can change it.</summary>
    public string DisplayName { get; set; } = name;

    public List<JsonObject> Columns { get; } = [new JsonObject { ["id"] = "fa564e0f-0c70-4ab9-b863-0177e6ddd247", ["name"] = "Title", ["displayName"] = "Title", ["text"] = new JsonObject { ["allowMultipleLines"] = false, ["maxLength"] = 255 }, ["required"] = true, ["indexed"] = false }];

    public SortedDictionary<int, FakeItem> Items { get; } = [];

    /// <summary>Item id to (sequence of its latest change, deleted).</summary>
    public Dictionary<int, (long Sequence, bool Deleted)> Changes { get; } = [];

    /// <summary>Views by title: the CAML query and the fields shown.</summary>
    public Dictionary<string, FakeView> Views { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int NextId { get; set; } = 1;

    public JsonObject? Column(string name) => Columns.FirstOrDefault(c => string.Equals((string?)c["name"], name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One list item in the fake: fields as Graph JSON values, and its version for the eTag.</summary>
public sealed class FakeItem(int id)
{
    public int Id { get; } = id;

    public Guid UniqueId { get; } = Guid.NewGuid();

    public int Version { get; set; } = 1;

    public JsonObject Fields { get; } = [];

    /// <summary>The fields as they were before the latest write (a delta may still hand out that state first).</summary>
    public JsonObject? PreviousFields { get; set; }

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset Modified { get; set; }

    public string ETag => ETagOf(Version);

    public string ETagOf(int version) => $"\"{UniqueId},{version}\"";
}

/// <summary>A list view as the SharePoint REST API created it.</summary>
public sealed record FakeView(string Id, string Title, string Query, IReadOnlyList<string> Fields, int RowLimit);
