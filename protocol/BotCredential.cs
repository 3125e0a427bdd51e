using Azure.Core;
using Azure.Identity;

namespace PartnershipTeams.Protocol;

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

        // BotOptionsValidator made sure at start that an app id comes with its tenant and, without a managed identity, a secret.
        return new BotCredential(new ClientSecretCredential(options.TenantId, options.AppId, options.ClientSecret));
    }
}
