using Azure.Core;

namespace PartnershipTeams.TestSupport;

/// <summary>A credential that hands out one fixed bearer token, for servers on loopback that only check one is sent.</summary>
public sealed class StaticTokenCredential(string token = "test-token") : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
