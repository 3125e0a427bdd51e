using PartnershipTeams.Protocol.Http;

namespace PartnershipTeams.Protocol;

/// <summary>
/// Decides, once the server listens, whether inbound activities are authenticated: always with an app id; without
/// one only when every address the server really bound is loopback and no Functions host fronts it (an in-process
/// test server binds none); otherwise the app must not serve at all.
/// </summary>
public static class BotAuthenticationMode
{
    /// <summary>True when authentication is on; false for local, loopback-only use; throws for anything else.</summary>
    public static bool Decide(BotOptions options, IEnumerable<string> boundAddresses, bool underFunctionsHost)
    {
        if (options.IsAuthenticated)
        {
            return true;
        }

        var exposed = boundAddresses.Where(a => !Loopback.IsLocalAddress(a)).ToList();
        if (underFunctionsHost || exposed.Count > 0)
        {
            var where = underFunctionsHost ? "behind the Azure Functions host" : $"on {string.Join(", ", exposed)}";
            throw new InvalidOperationException(
                $"Bot:AppId is not set, so inbound bot requests cannot be authenticated, and the app listens {where}. Set Bot:AppId (and Bot:TenantId), or bind to localhost alone.");
        }

        return false;
    }
}
