using PartnershipTeams.Protocol.Http;

namespace PartnershipTeams.Protocol;

/// <summary>
/// Which serviceUrls the bot will call (and so hand its connector token to): Bot Framework and Teams hosts over
/// HTTPS, or loopback when the bot runs unauthenticated on a laptop.
/// </summary>
public sealed class ServiceUrlPolicy(BotOptions options)
{
    public bool Allows(string? serviceUrl)
    {
        // Only web addresses: a file: URI counts as loopback too, and HttpClient would refuse it with an exception.
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        if (!options.IsAuthenticated && Loopback.IsLocalAddress(serviceUrl!))
        {
            return true;
        }

        return uri.Scheme == Uri.UriSchemeHttps && options.AllowedServiceUrlHosts.Any(host =>
            string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase));
    }
}
