namespace PartnershipTeams.Bot.Protocol;

/// <summary>
/// Decides at start-up whether inbound activities are authenticated: always with an app id; without one only
/// when every address the app listens on is loopback and no Functions host fronts it; otherwise it refuses to start.
/// </summary>
public static class BotAuthenticationMode
{
    /// <summary>True when authentication is on; false for local, loopback-only use; throws for anything else.</summary>
    public static bool Decide(BotOptions options, IEnumerable<string> listenUrls, bool underFunctionsHost)
    {
        if (options.IsAuthenticated)
        {
            return true;
        }

        var urls = listenUrls.ToList();
        var loopbackOnly = !underFunctionsHost && urls.Count > 0 && urls.All(IsLoopback);
        return loopbackOnly
            ? false
            : throw new InvalidOperationException(
                "Bot:AppId is not set, so inbound bot requests cannot be authenticated; that is allowed only when the app listens on loopback alone and outside the Functions host. Set Bot:AppId (and Bot:TenantId), or bind to localhost.");
    }

    private static bool IsLoopback(string url)
    {
        var host = url.Replace("://+", "://wildcard", StringComparison.Ordinal).Replace("://*", "://wildcard", StringComparison.Ordinal);
        return Uri.TryCreate(host, UriKind.Absolute, out var uri)
            && (uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase));
    }
}
