using System.Text.Json.Nodes;

namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>One request to the fake Graph API, from HTTP or from a step of a $batch.</summary>
public sealed record GraphRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, JsonNode? Body);

/// <summary>The fake's answer: status, headers and a JSON body (Graph's shapes).</summary>
public sealed record GraphResponse(int Status, JsonNode? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static GraphResponse Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, headers);
}
