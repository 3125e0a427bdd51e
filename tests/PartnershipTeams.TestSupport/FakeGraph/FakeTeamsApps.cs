using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>
/// The Graph calls of proactive app installation, as "Proactive installation of apps using Graph" documents them
/// (https://learn.microsoft.com/microsoftteams/platform/graph-api/proactive-bots-and-messages/graph-proactive-bots-and-messages):
/// users by id or UPN (User.ReadBasic.All), the organisation's app catalog filtered by externalId, a user's installed
/// apps filtered by teamsApp/id, installing with teamsApp@odata.bind (TeamsAppInstallation.ReadWriteSelfForUser.All,
/// 409 when installed), and the chat of an installation. Permissions can be withheld (403), as without admin consent.
/// </summary>
public sealed partial class FakeTeamsApps
{
    private readonly ConcurrentDictionary<string, (string Id, string Email)> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> catalog = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string InstallationId, string TeamsAppId)> installed = new(StringComparer.Ordinal);

    /// <summary>Whether the app was granted User.ReadBasic.All (admin consent).</summary>
    public bool CanReadUsers { get; set; } = true;

    /// <summary>Whether the app was granted TeamsAppInstallation.ReadWriteSelfForUser.All (admin consent).</summary>
    public bool CanInstall { get; set; } = true;

    /// <summary>Called after an install, with the user's id and the chat id: Teams then sends the bot a conversationUpdate.</summary>
    public Func<string, string, Task>? OnInstalled { get; set; }

    /// <summary>Installs that Graph performed.</summary>
    public int Installs => installed.Count(i => i.Value.InstallationId.StartsWith("inst-new-", StringComparison.Ordinal));

    /// <summary>Every Graph call of this part, "METHOD path", in order.</summary>
    public IReadOnlyList<string> Calls => [.. calls];

    private readonly ConcurrentQueue<string> calls = new();

    /// <summary>A user of the directory; returns their object id.</summary>
    public string AddUser(string email)
    {
        var id = "aad-" + Guid.NewGuid().ToString("N")[..12];
        users[email] = (id, email);
        users[id] = (id, email);
        return id;
    }

    /// <summary>Publishes the app to the organisation's catalog under its manifest id; returns the catalog's own id.</summary>
    public string Publish(string manifestId)
    {
        var id = Guid.NewGuid().ToString();
        catalog[manifestId] = id;
        return id;
    }

    /// <summary>Marks the app as installed for a user already (by the user themselves).</summary>
    public void MarkInstalled(string userId, string teamsAppId) => installed[userId] = ("inst-" + userId, teamsAppId);

    public static string ChatIdOf(string userId) => $"19:{userId}_bot@unq.gbl.spaces";

    public static bool Handles(string path) =>
        path.StartsWith("/users/", StringComparison.Ordinal) || path.StartsWith("/appCatalogs/", StringComparison.Ordinal);

    public async Task<GraphResponse> HandleAsync(GraphRequest request)
    {
        calls.Enqueue($"{request.Method} {request.Path}");
        var path = request.Path;
        if (request.Method == "GET" && path == "/appCatalogs/teamsApps")
        {
            var externalId = Filter(request, ExternalIdFilter());
            var apps = catalog.Where(c => externalId is null || c.Key == externalId)
                .Select(c => (JsonNode)new JsonObject { ["id"] = c.Value, ["externalId"] = c.Key, ["displayName"] = "Vänortssamarbete", ["distributionMethod"] = "organization" });
            return new GraphResponse(200, new JsonObject { ["value"] = new JsonArray([.. apps]) });
        }

        var segments = path.Trim('/').Split('/');
        if (segments is not ["users", var who, ..])
        {
            return GraphResponse.Error(400, "BadRequest", "Unsupported request.");
        }

        if (!CanReadUsers)
        {
            return GraphResponse.Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }

        if (!users.TryGetValue(Uri.UnescapeDataString(who), out var user))
        {
            return GraphResponse.Error(404, "Request_ResourceNotFound", $"Resource '{who}' does not exist.");
        }

        switch (request.Method, segments[2..])
        {
            case ("GET", []):
                return new GraphResponse(200, new JsonObject { ["id"] = user.Id });
            case (_, ["teamwork", "installedApps", ..]) when !CanInstall:
                return GraphResponse.Error(403, "Forbidden", "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All'.");
            case ("GET", ["teamwork", "installedApps"]):
                var appId = Filter(request, TeamsAppIdFilter());
                var mine = installed.TryGetValue(user.Id, out var inst) && (appId is null || inst.TeamsAppId == appId)
                    ? new JsonArray(new JsonObject { ["id"] = inst.InstallationId, ["teamsApp"] = new JsonObject { ["id"] = inst.TeamsAppId } })
                    : [];
                return new GraphResponse(200, new JsonObject { ["value"] = mine });
            case ("POST", ["teamwork", "installedApps"]):
                var bind = (string?)request.Body?["teamsApp@odata.bind"] ?? string.Empty;
                var teamsAppId = bind[(bind.LastIndexOf('/') + 1)..];
                if (!catalog.Values.Contains(teamsAppId))
                {
                    return GraphResponse.Error(404, "NotFound", "The app is not in the organisation's app catalog.");
                }

                if (!installed.TryAdd(user.Id, ("inst-new-" + user.Id, teamsAppId)))
                {
                    return GraphResponse.Error(409, "Conflict", "The app is already installed.");
                }

                if (OnInstalled is { } announce)
                {
                    await announce(user.Id, ChatIdOf(user.Id));
                }

                return new GraphResponse(201, null);
            case ("GET", ["teamwork", "installedApps", var installationId, "chat"]):
                return installed.TryGetValue(user.Id, out var own) && own.InstallationId == installationId
                    ? new GraphResponse(200, new JsonObject { ["id"] = ChatIdOf(user.Id), ["chatType"] = "oneOnOne" })
                    : GraphResponse.Error(404, "NotFound", "No such installation.");
            default:
                return GraphResponse.Error(400, "BadRequest", "Unsupported request.");
        }
    }

    private static string? Filter(GraphRequest request, Regex shape) =>
        request.Query.TryGetValue("$filter", out var filter) && shape.Match(filter) is { Success: true } match ? match.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : null;

    [GeneratedRegex("^externalId eq '((?:[^']|'')*)'$")]
    private static partial Regex ExternalIdFilter();

    [GeneratedRegex("^teamsApp/id eq '((?:[^']|'')*)'$")]
    private static partial Regex TeamsAppIdFilter();
}
