namespace PartnershipTeams.Bot.Protocol;

/// <summary>
/// Which serviceUrls the bot will call (and so hand its connector token to): Bot Framework and Teams hosts over
/// HTTPS, or loopback when the bot runs unauthenticated on a laptop.
/// </summary>
public sealed class ServiceUrlPolicy(BotOptions options)
{
    public bool Allows(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (!options.IsAuthenticated && uri.IsLoopback)
        {
            return true;
        }

        return uri.Scheme == Uri.UriSchemeHttps && options.AllowedServiceUrlHosts.Any(host =>
            string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase));
    }
}
