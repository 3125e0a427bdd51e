using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipTeams.Bot.Protocol;

/// <summary>
/// The signing keys an OpenID metadata document publishes, cached for a day. A token with an unknown key id may
/// force a refetch, at most once a minute, so a forged kid cannot make us hammer the metadata endpoint.
/// </summary>
public sealed class OpenIdKeySource(string metadataUrl, IDocumentRetriever retriever, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    private static readonly TimeSpan MinForcedInterval = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyList<SecurityKey> keys = [];
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset lastForced = DateTimeOffset.MinValue;

    public async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var stale = now - fetchedAt > MaxAge;
            var forced = forceRefresh && now - lastForced >= MinForcedInterval;
            if (stale || forced)
            {
                if (forced)
                {
                    lastForced = now;
                }

                var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, cancellationToken);
                keys = [.. configuration.SigningKeys];
                fetchedAt = now;
            }

            return keys;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
