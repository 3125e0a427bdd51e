using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipTeams.Bot.Protocol;

/// <summary>
/// Validates the bearer token of an inbound activity: signed by a key from Bot Framework's (or, for a
/// single-tenant bot, the tenant's Entra) OpenID metadata, issued by them, for our app id, within its
/// lifetime, and naming the activity's own serviceUrl.
/// </summary>
public sealed class BotTokenValidator
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly BotOptions options;
    private readonly IReadOnlyList<OpenIdKeySource> metadata;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public BotTokenValidator(BotOptions options, IReadOnlyList<OpenIdKeySource> metadata)
    {
        this.options = options;
        this.metadata = metadata;
    }

    /// <summary>The token's identity, or null with the reason it was refused.</summary>
    public async Task<(ClaimsIdentity? Identity, string? Problem)> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "no bearer token");
        }

        var token = authorization["Bearer ".Length..].Trim();
        var result = await ValidateWithKeysAsync(token, forceRefresh: false, cancellationToken);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: fetch the metadata again (bounded by the key source) and try once more.
            result = await ValidateWithKeysAsync(token, forceRefresh: true, cancellationToken);
        }

        return result.IsValid ? (result.ClaimsIdentity, null) : (null, result.Exception?.GetType().Name ?? "invalid token");
    }

    /// <summary>Bot Framework tokens carry the serviceUrl the activity may name; a mismatch means a forged activity.</summary>
    public static bool ServiceUrlMatches(ClaimsIdentity identity, string? serviceUrl)
    {
        var claimed = identity.FindFirst("serviceurl")?.Value;
        var issuer = identity.FindFirst("iss")?.Value;
        if (claimed is null)
        {
            return issuer != BotFrameworkIssuer;
        }

        return serviceUrl is not null && string.Equals(claimed.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<TokenValidationResult> ValidateWithKeysAsync(string token, bool forceRefresh, CancellationToken cancellationToken)
    {
        // A source out of reach returns the keys it holds (or none), so it never refuses tokens the other's keys validate.
        var keys = new List<SecurityKey>();
        foreach (var source in metadata)
        {
            keys.AddRange(await source.GetKeysAsync(forceRefresh, cancellationToken));
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = ValidIssuers(),
            ValidAudience = options.AppId,
            IssuerSigningKeys = keys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        };
        return await handler.ValidateTokenAsync(token, parameters);
    }

    private List<string> ValidIssuers()
    {
        List<string> issuers = [BotFrameworkIssuer];
        if (!string.IsNullOrWhiteSpace(options.TenantId))
        {
            issuers.Add($"https://sts.windows.net/{options.TenantId}/");
            issuers.Add($"https://login.microsoftonline.com/{options.TenantId}/v2.0");
        }

        return issuers;
    }
}
