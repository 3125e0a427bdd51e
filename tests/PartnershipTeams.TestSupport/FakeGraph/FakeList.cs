using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>One SharePoint list in the fake: its columns, items and per-item latest change.</summary>
public sealed class FakeList(string id, string name)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public List<JsonObject> Columns { get; } = [new JsonObject { ["id"] = "fa564e0f-0c70-4ab9-b863-0177e6ddd247", ["name"] = "Title", ["displayName"] = "Title", ["text"] = new JsonObject { ["allowMultipleLines"] = false, ["maxLength"] = 255 }, ["required"] = true, ["indexed"] = false }];

    public SortedDictionary<int, FakeItem> Items { get; } = [];

    /// <summary>Item id to (sequence of its latest change, deleted).</summary>
    public Dictionary<int, (long Sequence, bool Deleted)> Changes { get; } = [];

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

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset Modified { get; set; }

    public string ETag => $"\"{UniqueId},{Version}\"";
}
