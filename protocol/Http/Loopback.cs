using System.Net;
using Microsoft.AspNetCore.Http;

namespace PartnershipTeams.Protocol.Http;

/// <summary>
/// What counts as this machine: the host name "localhost" or a loopback IP literal. Any other name is not,
/// whatever it resolves to ("loopback" is a name <see cref="Uri.IsLoopback"/> accepts, but Kestrel binds every
/// interface for it).
/// </summary>
public static class Loopback
{
    public static bool IsHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var literal = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return IPAddress.TryParse(literal, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>
    /// Whether a URL ("http://127.0.0.1:7071", a server address or a serviceUrl) names this machine alone. The host is read as written,
    /// not through <see cref="Uri"/>, which turns the name "loopback" into "localhost".
    /// </summary>
    public static bool IsLocalAddress(string address)
    {
        var start = address.IndexOf("://", StringComparison.Ordinal);
        if (start < 0)
        {
            return false;
        }

        var authority = address[(start + 3)..].Split('/')[0];
        var host = authority.StartsWith('[')
            ? authority[..(authority.IndexOf(']', StringComparison.Ordinal) + 1)]
            : authority.Split(':')[0];
        return host.Length > 0 && IsHost(host);
    }

    /// <summary>Whether a request comes from this machine (or from in-process, where there is no remote address).</summary>
    public static bool IsLocalCaller(HttpContext context) =>
        context.Connection.RemoteIpAddress is not { } caller || IPAddress.IsLoopback(caller);
}
