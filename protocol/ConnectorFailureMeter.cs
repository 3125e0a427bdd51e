using System.Net;
using PartnershipTeams.Core.Telemetry;

namespace PartnershipTeams.Protocol;

/// <summary>
/// Counts the Bot Connector calls that failed in the end (outside the retries): refused (4xx/5xx), gone (403/404: the
/// bot was removed or blocked) or unreachable, by operation, for the partnerships.connector.failures metric.
/// </summary>
public sealed class ConnectorFailureMeter : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = OperationOf(request);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            PartnershipMetrics.ConnectorFailed(operation, status: null, "unreachable");
            throw;
        }

        if (!response.IsSuccessStatusCode)
        {
            var gone = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
            PartnershipMetrics.ConnectorFailed(operation, (int)response.StatusCode, gone ? "gone" : "refused");
        }

        return response;
    }

    /// <summary>Which connector operation a request is, from its method and path shape (never the ids in it).</summary>
    public static string OperationOf(HttpRequestMessage request)
    {
        var segments = request.RequestUri?.AbsolutePath.Trim('/').Split('/') ?? [];
        var conversations = Array.IndexOf(segments, "conversations");
        var rest = conversations < 0 ? 0 : segments.Length - conversations - 1;
        return (request.Method.Method, rest, rest >= 2 ? segments[conversations + 2] : null) switch
        {
            ("POST", 0, _) => "create_conversation",
            ("POST", 2, "activities") => "send",
            ("POST", 3, "activities") => "reply",
            ("PUT", 3, "activities") => "update",
            ("GET", 3, "members") => "get_member",
            _ => "other",
        };
    }
}
