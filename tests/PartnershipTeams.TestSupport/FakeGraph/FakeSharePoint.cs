using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>
/// The subset of Graph v1.0 that the SharePoint list store uses, over in-memory state, answering the way SharePoint
/// Online does: sites by path, lists (URL name fixed at creation), columns, list items (eTags, If-Match, unique
/// columns, date-only values at midnight in the site's time zone, lookups by id), filtered and paged queries under
/// the list view threshold, the items delta with its quirks, and the REST calls Graph has no equivalent for.
/// </summary>
public sealed partial class FakeSharePoint(TimeProvider time)
{
    private const string SiteId = "contoso.sharepoint.com,2c7a3f5e-0c59-4e7a-9f61-3b0f2f6f1a10,6d1c0f7e-5a0b-4b5e-8c3a-1f0e2d3c4b5a";
    private readonly Lock gate = new();
    private readonly Dictionary<string, FakeList> lists = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonObject> subscriptions = new(StringComparer.Ordinal);
    private long sequence;
    private long expiredBefore;

    /// <summary>The server's Graph root, used in the paging and delta links it hands out.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>Items per page of a query or delta (Graph's default for list items is 200).</summary>
    public int PageSize { get; set; } = 200;

    /// <summary>
    /// The site's time zone (regional settings). Date-only columns hold midnight of the date in this zone,
    /// returned in UTC: 15 June on a Stockholm site reads "…-06-14T22:00:00Z".
    /// </summary>
    public TimeZoneInfo SiteTimeZone { get; set; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>
    /// The status of a create or update that breaks a unique column. Graph documents none; SharePoint answers a
    /// server error carrying SPDuplicateValuesFoundException (500). Settable to 400 or 409 to test other answers.
    /// </summary>
    public int DuplicateStatus { get; set; } = 500;

    /// <summary>The list view threshold: queries on larger lists must be served by an index narrowing to this many items.</summary>
    public int ListViewThreshold { get; set; } = 5000;

    /// <summary>The delta hands out an item's previous state before its current one (the docs: "use the last occurrence").</summary>
    public bool DeltaRepeatsItems { get; set; }

    /// <summary>The delta hands out an error entry in place of a deleted item, as Graph sometimes does.</summary>
    public bool DeltaErrorInsteadOfDeletion { get; set; }

    /// <summary>Delta requests that followed the Location of a 410 (a restart as Graph asks for it).</summary>
    public int ResyncRestarts { get; private set; }

    /// <summary>Delta tokens older than now are refused with 410 Gone from here on.</summary>
    public void ExpireDeltaTokens()
    {
        lock (gate)
        {
            expiredBefore = sequence + 1;
        }
    }

    /// <summary>The subscriptions Graph holds now (id to its JSON).</summary>
    public IReadOnlyDictionary<string, JsonObject> Subscriptions
    {
        get
        {
            lock (gate)
            {
                return subscriptions.ToDictionary(s => s.Key, s => (JsonObject)s.Value.DeepClone());
            }
        }
    }

    /// <summary>Graph drops every subscription (as it does when one expires unrenewed).</summary>
    public void ForgetSubscriptions()
    {
        lock (gate)
        {
            subscriptions.Clear();
        }
    }

    /// <summary>The list with this URL name.</summary>
    public FakeList? FindList(string name)
    {
        lock (gate)
        {
            return lists.Values.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Deletes the list with this URL name, as a site owner can in SharePoint.</summary>
    public void DeleteList(string name)
    {
        lock (gate)
        {
            foreach (var key in lists.Where(l => string.Equals(l.Value.Name, name, StringComparison.OrdinalIgnoreCase)).Select(l => l.Key).ToList())
            {
                lists.Remove(key);
            }
        }
    }

    /// <summary>
    /// Adds items the way a create does (same checks, same stored shapes) without HTTP or resource units: to fill
    /// a list with thousands of items for a test. Each entry is a fieldValueSet as Graph takes it.
    /// </summary>
    public IReadOnlyList<int> Seed(string listName, IEnumerable<JsonObject> items)
    {
        lock (gate)
        {
            var list = lists.Values.First(l => string.Equals(l.Name, listName, StringComparison.OrdinalIgnoreCase));
            var ids = new List<int>();
            foreach (var fields in items)
            {
                var created = CreateItem(list, new JsonObject { ["fields"] = fields });
                ids.Add(created.Status == 201
                    ? int.Parse((string)created.Body!["id"]!, CultureInfo.InvariantCulture)
                    : throw new InvalidOperationException($"Seeding '{listName}' failed: {created.Body?.ToJsonString()}"));
            }

            return ids;
        }
    }

    /// <summary>The kind of a request, for counters and faults: "items.post", "delta", "columns.get", …</summary>
    public static string KindOf(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        if (path.Contains(':', StringComparison.Ordinal) && segments[0] != "drives")
        {
            return "site.get";
        }

        if (segments[0] == "drives")
        {
            return $"drive.{method.ToLowerInvariant()}";
        }

        if (segments[0] == "subscriptions")
        {
            return $"subscriptions.{method.ToLowerInvariant()}";
        }

        var resource = segments.Length switch
        {
            <= 2 => "site",
            3 or 4 => "lists",
            5 or 6 when segments[4] == "columns" => "columns",
            5 when segments[4] == "items" => "items",
            6 when segments[5].StartsWith("delta", StringComparison.Ordinal) => "delta",
            _ => "item",
        };
        return resource == "delta" ? "delta" : $"{resource}.{method.ToLowerInvariant()}";
    }

    public GraphResponse Handle(GraphRequest request)
    {
        lock (gate)
        {
            try
            {
                return Route(request);
            }
            catch (FormatException e)
            {
                return GraphResponse.Error(400, "invalidRequest", e.Message);
            }
        }
    }

    private GraphResponse Route(GraphRequest request)
    {
        var path = request.Path.Trim('/');
        var sitePath = SiteByPath().Match(path);
        if (sitePath.Success)
        {
            return new GraphResponse(200, new JsonObject { ["id"] = SiteId, ["webUrl"] = $"https://{sitePath.Groups[1].Value}{sitePath.Groups[2].Value}" });
        }

        var s = path.Split('/');
        if (s[0] == "subscriptions")
        {
            return Subscription(request, s);
        }

        if (s.Length < 3 || s[0] != "sites" || s[1] != SiteId || s[2] != "lists")
        {
            return GraphResponse.Error(404, "itemNotFound", $"Resource not found: {request.Path}");
        }

        if (s.Length == 3)
        {
            return request.Method == "POST" ? CreateList(request.Body!.AsObject()) : ListLists();
        }

        if (!lists.TryGetValue(s[3], out var list))
        {
            return GraphResponse.Error(404, "itemNotFound", "The list does not exist.");
        }

        return (request.Method, s.Length > 4 ? s[4] : string.Empty, s.Length) switch
        {
            ("GET", "drive", 5) => DriveOf(list),
            ("GET", "columns", 5) => new GraphResponse(200, new JsonObject { ["value"] = new JsonArray([.. list.Columns.Select(c => c.DeepClone())]) }),
            ("POST", "columns", 5) => AddColumn(list, request.Body!.AsObject()),
            ("PATCH", "columns", 6) => PatchColumn(list, s[5], request.Body!.AsObject()),
            ("GET", "items", 5) => QueryItems(list, request),
            ("POST", "items", 5) => CreateItem(list, request.Body!.AsObject()),
            ("GET", "items", 6) when s[5] is "delta" or "delta()" => Delta(list, request),

            // The function form with the token inside the parentheses is what the SDK's DeltaWithToken builds; Graph answers it 404
            // (microsoftgraph/msgraph-sdk-dotnet#2734).
            ("GET", "items", 6) when s[5].StartsWith("delta(", StringComparison.Ordinal) => GraphResponse.Error(404, "itemNotFound", "Resource not found for the segment 'delta'."),
            ("GET", "items", 6) => WithItem(list, s[5], item => new GraphResponse(200, ItemJson(list, item))),
            ("PATCH", "items", 7) when s[6] == "fields" => WithItem(list, s[5], item => PatchFields(list, item, request)),
            ("DELETE", "items", 6) => WithItem(list, s[5], item => DeleteItem(list, item, request)),
            _ => GraphResponse.Error(400, "invalidRequest", $"Unsupported: {request.Method} {request.Path}"),
        };
    }

    private GraphResponse Subscription(GraphRequest request, string[] path)
    {
        if (request.Method == "POST" && path.Length == 1)
        {
            var created = (JsonObject)request.Body!.DeepClone();
            created["id"] = Guid.NewGuid().ToString();
            subscriptions[(string)created["id"]!] = created;
            return new GraphResponse(201, created.DeepClone());
        }

        if (request.Method == "PATCH" && path.Length == 2)
        {
            if (!subscriptions.TryGetValue(path[1], out var existing))
            {
                return GraphResponse.Error(404, "ResourceNotFound", "The subscription does not exist.");
            }

            existing["expirationDateTime"] = request.Body?["expirationDateTime"]?.DeepClone();
            return new GraphResponse(200, existing.DeepClone());
        }

        return GraphResponse.Error(400, "invalidRequest", $"Unsupported: {request.Method} {request.Path}");
    }

    private GraphResponse ListLists() =>
        new(200, new JsonObject { ["value"] = new JsonArray([.. lists.Values.Select(l => (JsonNode)new JsonObject { ["id"] = l.Id, ["name"] = l.Name, ["displayName"] = l.DisplayName })]) });

    private GraphResponse CreateList(JsonObject body)
    {
        // Graph assigns the URL name from the display name and refuses one given (OneDrive/onedrive-api-docs#645).
        if (body["name"] is not null)
        {
            return GraphResponse.Error(400, "invalidRequest", "Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'");
        }

        var name = (string?)body["displayName"] ?? string.Empty;
        if (lists.Values.Any(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return GraphResponse.Error(409, "nameAlreadyExists", "A list with this name already exists.");
        }

        var list = new FakeList(Guid.NewGuid().ToString(), name);
        lists[list.Id] = list;
        RememberLibrary(list, body);
        return new GraphResponse(201, new JsonObject { ["id"] = list.Id, ["name"] = name, ["displayName"] = name });
    }

    private static GraphResponse AddColumn(FakeList list, JsonObject body)
    {
        if (list.Column((string)body["name"]!) is not null)
        {
            return GraphResponse.Error(409, "nameAlreadyExists", "A column with this name already exists.");
        }

        var column = (JsonObject)body.DeepClone();
        column["id"] = Guid.NewGuid().ToString();
        list.Columns.Add(column);
        return new GraphResponse(201, column.DeepClone());
    }

    private static GraphResponse PatchColumn(FakeList list, string columnId, JsonObject body)
    {
        var column = list.Columns.FirstOrDefault(c => (string?)c["id"] == columnId);
        if (column is null)
        {
            return GraphResponse.Error(404, "itemNotFound", "The column does not exist.");
        }

        foreach (var (key, value) in body)
        {
            column[key] = value?.DeepClone();
        }

        return new GraphResponse(200, column.DeepClone());
    }

    private static GraphResponse WithItem(FakeList list, string id, Func<FakeItem, GraphResponse> action) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var itemId) && list.Items.TryGetValue(itemId, out var item)
            ? action(item)
            : GraphResponse.Error(404, "itemNotFound", "The item does not exist.");

    [GeneratedRegex(@"^sites/([^/:]+):(/[^:]*?):?$")]
    private static partial Regex SiteByPath();
}
