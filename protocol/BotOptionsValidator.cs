using Microsoft.Extensions.Options;
using PartnershipTeams.Protocol.Http;

namespace PartnershipTeams.Protocol;

/// <summary>
/// The bot's settings checked at start (ValidateOnStart), so a bot that could not answer fails before it serves
/// instead of at its first reply: an app id is the registration's client id (a GUID) and comes with its tenant and a
/// credential to send with; metadata is fetched over HTTPS; there is somewhere the bot may send to.
/// </summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var problems = new List<string>();
        if (options.IsAuthenticated)
        {
            if (!Guid.TryParse(options.AppId, out _))
            {
                problems.Add($"Bot:AppId must be the app registration's client id (a GUID); got '{options.AppId}'.");
            }

            if (!Guid.TryParse(options.TenantId, out _))
            {
                problems.Add("Bot:TenantId must be the tenant id (a GUID) of the single-tenant app registration.");
            }

            if (string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) && string.IsNullOrWhiteSpace(options.ClientSecret))
            {
                problems.Add("Bot:AppId must come with a credential to answer with: Bot:ManagedIdentityClientId, or the Bot__ClientSecret environment variable.");
            }
        }

        foreach (var (setting, url) in new[] { ("Bot:OpenIdMetadataUrl", options.OpenIdMetadataUrl), ("Bot:EntraMetadataUrl", options.EntraMetadataUrl) })
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !Loopback.IsLocalAddress(url)))
            {
                problems.Add($"{setting} must be an https URL; got '{url}'.");
            }
        }

        if (options.AllowedServiceUrlHosts.Count == 0 || options.AllowedServiceUrlHosts.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("Bot:AllowedServiceUrlHosts must name at least one host, and no empty one.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
