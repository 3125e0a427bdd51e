using System.Net;

namespace PartnershipTeams.Protocol;

/// <summary>The connector answers worth trying again after a backoff, as Teams' rate-limit page lists them (429, 412, 502, 504) plus 503.</summary>
public static class ConnectorRetry
{
    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;
}
