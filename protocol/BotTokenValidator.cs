using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipTeams.Protocol;

/// <summary>
/// Validates the bearer token of an inbound activity as the Bot Framework documents it
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot):
/// issued by Bot Framework (or, for a single-tenant bot, the tenant's Entra, v1 or v2 issuer) and signed by a key
/// of that issuer's own OpenID metadata, for our app id, within its lifetime (5 minutes' skew), with RS256. What the
/// token says about the activity (its serviceUrl, the channels its key is endorsed for) is checked against the
/// activity once it is read: <see cref="ServiceUrlMatches"/> and <see cref="ValidatedToken.Endorses"/>.
/// </summary>
public sealed class BotTokenValidator
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>"Industry-standard clock-skew is 5 minutes" (the Bot Framework authentication page, step 4).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly BotOptions options;
    private readonly IReadOnlyList<TrustedIssuer> issuers;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public BotTokenValidator(BotOptions options, IReadOnlyList<TrustedIssuer> issuers)
    {
        this.options = options;
        this.issuers = issuers;
    }

    /// <summary>The Bot Framework issuer with its keys, and the tenant's Entra issuers with theirs (single tenant).</summary>
    public static IReadOnlyList<TrustedIssuer> IssuersFor(BotOptions options, OpenIdKeySource botFramework, OpenIdKeySource? entra)
    {
        List<TrustedIssuer> trusted = [new([BotFrameworkIssuer], botFramework)];
        if (entra is not null && !string.IsNullOrWhiteSpace(options.TenantId))
        {
            trusted.Add(new([$"https://sts.windows.net/{options.TenantId}/", $"https://login.microsoftonline.com/{options.TenantId}/v2.0"], entra));
        }

        return trusted;
    }

    /// <summary>The validated token, or null with the reason it was refused.</summary>
    public async Task<(ValidatedToken? Token, string? Problem)> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "no bearer token");
        }

        var token = authorization["Bearer ".Length..].Trim();
        if (IssuerOf(token) is not { } claimedIssuer || issuers.FirstOrDefault(i => i.Issuers.Contains(claimedIssuer, StringComparer.Ordinal)) is not { } trusted)
        {
            return (null, "the token is not from an issuer the bot trusts");
        }

        var result = await ValidateWithKeysAsync(token, trusted, unknownKey: false, cancellationToken);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: fetch the metadata again (bounded by the key source) and try once more.
            result = await ValidateWithKeysAsync(token, trusted, unknownKey: true, cancellationToken);
        }

        if (!result.IsValid)
        {
            return (null, result.Exception?.GetType().Name ?? "invalid token");
        }

        var keyId = (result.SecurityToken as JsonWebToken)?.Kid;
        return (new ValidatedToken(result.ClaimsIdentity, trusted.Keys.EndorsementsOf(keyId)), null);
    }

    /// <summary>
    /// Bot Framework tokens carry the serviceUrl the activity may name (step 4, requirement 7); a mismatch means a
    /// forged activity. An Entra token need not carry one, but one it carries must match.
    /// </summary>
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

    private static string? IssuerOf(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private async Task<TokenValidationResult> ValidateWithKeysAsync(string token, TrustedIssuer trusted, bool unknownKey, CancellationToken cancellationToken)
    {
        // Only the keys of the issuer the token names: a key of one issuer never vouches for a token of another.
        var keys = await trusted.Keys.GetKeysAsync(unknownKey, cancellationToken);
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = trusted.Issuers,
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
}

/// <summary>An issuer the bot accepts tokens from, and the OpenID metadata publishing its signing keys.</summary>
public sealed record TrustedIssuer(IReadOnlyList<string> Issuers, OpenIdKeySource Keys);

/// <summary>A token that passed validation: its identity, and the channels its signing key is endorsed for.</summary>
public sealed record ValidatedToken(ClaimsIdentity Identity, IReadOnlyList<string>? Endorsements)
{
    /// <summary>
    /// Whether the signing key is endorsed for the activity's channelId. "If the endorsement is not present, your
    /// bot should reject the request by returning an HTTP 403" (Bot Framework authentication, step 3). A key published
    /// without endorsements (Entra's) vouches for no channel in particular, as in the Bot Framework SDK's extractor.
    /// </summary>
    public bool Endorses(string? channelId) =>
        Endorsements is null || (!string.IsNullOrEmpty(channelId) && Endorsements.Contains(channelId, StringComparer.Ordinal));
}
