using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>
/// Document libraries: a list created with template documentLibrary has a drive (GET lists/{id}/drive), and files are
/// put into it by path (PUT drives/{id}/root:/{name}:/content, simple upload), replacing one of the same name.
/// https://learn.microsoft.com/graph/api/driveitem-put-content
/// </summary>
public sealed partial class FakeSharePoint
{
    private readonly Dictionary<string, string> driveOfList = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, byte[]>> files = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The files in the document library with this display name (file name to content).</summary>
    public IReadOnlyDictionary<string, byte[]> FilesIn(string libraryName)
    {
        lock (gate)
        {
            var list = lists.Values.FirstOrDefault(l => string.Equals(l.DisplayName, libraryName, StringComparison.OrdinalIgnoreCase));
            return list is not null && driveOfList.TryGetValue(list.Id, out var drive) && files.TryGetValue(drive, out var stored)
                ? new Dictionary<string, byte[]>(stored)
                : new Dictionary<string, byte[]>();
        }
    }

    private void RememberLibrary(FakeList list, JsonObject body)
    {
        if ((string?)body["list"]?["template"] == "documentLibrary")
        {
            driveOfList[list.Id] = "b!" + list.Id;
            files["b!" + list.Id] = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        }
    }

    private GraphResponse DriveOf(FakeList list) =>
        driveOfList.TryGetValue(list.Id, out var drive)
            ? new GraphResponse(200, new JsonObject { ["id"] = drive, ["driveType"] = "documentLibrary", ["name"] = list.DisplayName })
            : GraphResponse.Error(404, "itemNotFound", "The list is not a document library.");

    /// <summary>PUT /drives/{drive}/root:/{name}:/content with the file's bytes.</summary>
    public GraphResponse Upload(string method, string path, byte[] content)
    {
        var parts = path.Trim('/').Split('/', 3);
        lock (gate)
        {
            if (method != "PUT" || parts.Length < 3 || parts[0] != "drives" || !files.TryGetValue(parts[1], out var drive)
                || !parts[2].StartsWith("root:/", StringComparison.Ordinal) || !parts[2].EndsWith(":/content", StringComparison.Ordinal))
            {
                return GraphResponse.Error(400, "invalidRequest", $"Unsupported: {method} {path}");
            }

            var name = Uri.UnescapeDataString(parts[2]["root:/".Length..^":/content".Length]);
            if (name.Length == 0 || name.IndexOfAny(['"', '*', ':', '<', '>', '?', '/', '\\', '|']) >= 0)
            {
                return GraphResponse.Error(400, "invalidRequest", "The file name is not valid.");
            }

            var library = lists.Values.First(l => driveOfList.TryGetValue(l.Id, out var d) && d == parts[1]);
            var created = !drive.ContainsKey(name);
            drive[name] = content;
            return new GraphResponse(created ? 201 : 200, new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString("N"),
                ["name"] = name,
                ["size"] = content.Length,
                ["webUrl"] = $"https://contoso.sharepoint.com/sites/partnerships/{Uri.EscapeDataString(library.DisplayName)}/{Uri.EscapeDataString(name)}",
                ["file"] = new JsonObject { ["mimeType"] = "application/octet-stream" },
            });
        }
    }
}
