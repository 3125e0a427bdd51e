using Azure.Core;
using Azure.Identity;

namespace PartnershipTeams.Bot.Protocol;

/// <summary>The bot's own identity for outbound connector calls (none when it runs unauthenticated on loopback).</summary>
public sealed record BotCredential(TokenCredential? Credential)
{
    public static BotCredential From(BotOptions options)
    {
        if (!options.IsAuthenticated)
        {
            return new BotCredential((TokenCredential?)null);
        }

        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            return new BotCredential(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)));
        }

        if (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            throw new InvalidOperationException("Bot:AppId needs Bot:TenantId with Bot:ManagedIdentityClientId or the Bot__ClientSecret environment variable (single-tenant registration).");
        }

        return new BotCredential(new ClientSecretCredential(options.TenantId, options.AppId, options.ClientSecret));
    }
}
