using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnershipTeams.TestSupport.FakeGraph;

public sealed partial class FakeSharePoint
{
    /// <summary>The kind of a SharePoint REST request, for counters and faults: "rest.list.merge", "rest.views.get", "rest.views.add".</summary>
    public static string RestKindOf(string method, string path)
    {
        var match = RestPath().Match(path);
        return !match.Success ? "rest.other"
            : match.Groups["add"].Success ? "rest.views.add"
            : match.Groups["views"].Success ? $"rest.views.{method.ToLowerInvariant()}"
            : "rest.list.merge";
    }

    /// <summary>
    /// The few SharePoint REST calls Graph v1.0 has no equivalent for: a list's title (Graph has no list update) and its
    /// views (Graph has no views), as pnp/cli-microsoft365 makes them (src/m365/spo/commands/list/list-view-add.ts).
    /// </summary>
    public GraphResponse HandleRest(GraphRequest request)
    {
        lock (gate)
        {
            var match = RestPath().Match(request.Path);
            if (!match.Success || !lists.TryGetValue(match.Groups["id"].Value, out var list))
            {
                return RestError(404, "-2147024894, System.IO.FileNotFoundException", "List does not exist.");
            }

            if (match.Groups["add"].Success && request.Method == "POST")
            {
                return AddView(list, request.Body?["parameters"] as JsonObject);
            }

            if (match.Groups["views"].Success && request.Method == "GET")
            {
                return new GraphResponse(200, new JsonObject
                {
                    ["value"] = new JsonArray([.. list.Views.Values.Select(v => (JsonNode)new JsonObject { ["Id"] = v.Id, ["Title"] = v.Title, ["ViewQuery"] = v.Query })]),
                });
            }

            var merge = request.Method == "POST" && request.Headers.TryGetValue("X-HTTP-Method", out var method) && method == "MERGE";
            if (!match.Groups["views"].Success && merge && request.Body?["Title"] is JsonValue title)
            {
                list.DisplayName = title.ToString();
                return new GraphResponse(204, null);
            }

            return RestError(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", $"Unsupported: {request.Method} {request.Path}");
        }
    }

    private static GraphResponse AddView(FakeList list, JsonObject? parameters)
    {
        var title = (string?)parameters?["Title"];
        if (string.IsNullOrWhiteSpace(title))
        {
            return RestError(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", "A view needs a Title.");
        }

        if (list.Views.ContainsKey(title))
        {
            return RestError(500, "-2130575214, Microsoft.SharePoint.SPException", $"A view named \"{title}\" already exists.");
        }

        var fields = parameters?["ViewFields"]?["results"]?.AsArray().Select(f => (string)f!).ToList() ?? [];
        var query = (string?)parameters?["Query"] ?? string.Empty;
        var referenced = fields.Concat(FieldRefs().Matches(query).Select(m => m.Groups[1].Value));
        if (referenced.FirstOrDefault(f => list.Column(f) is null && !BuiltInFields.Contains(f)) is { } unknown)
        {
            return RestError(400, "-2147024809, System.ArgumentException", $"Column '{unknown}' does not exist. It may have been deleted by another user.");
        }

        var view = new FakeView(Guid.NewGuid().ToString(), title, query, fields, (int?)parameters?["RowLimit"] ?? 30);
        list.Views[title] = view;
        return new GraphResponse(200, new JsonObject { ["Id"] = view.Id, ["Title"] = view.Title });
    }

    /// <summary>Fields every list has besides its columns (the linked title among them).</summary>
    private static readonly HashSet<string> BuiltInFields = new(["LinkTitle", "LinkTitleNoMenu", "ID", "Created", "Modified", "Author", "Editor"], StringComparer.OrdinalIgnoreCase);

    private static GraphResponse RestError(int status, string code, string message) =>
        new(status, new JsonObject { ["odata.error"] = new JsonObject { ["code"] = code, ["message"] = new JsonObject { ["lang"] = "en-US", ["value"] = message } } });

    [GeneratedRegex(@"_api/web/lists\(guid'(?<id>[^']+)'\)(?<views>/views(?<add>/add)?)?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex RestPath();

    [GeneratedRegex(@"<FieldRef\s+Name=['""]([^'""]+)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex FieldRefs();
}
