using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipTeams.Protocol;

/// <summary>
/// The signing keys an OpenID metadata document publishes, refreshed at least once a day. A fetch is tried at most
/// once a minute, whatever happens (a failed one is remembered), plus, while keys are held, at most once a minute for
/// a token naming a key we do not hold (a rollover) — so neither an unreachable endpoint nor forged key ids can make
/// us hammer it. With keys in hand a refresh runs in the background and no request waits for it; only a request that
/// needs keys we do not have (the first one, or a rollover) waits, and at most <see cref="FetchWait"/>.
/// </summary>
/// <remarks>
/// Microsoft.IdentityModel's ConfigurationManager refreshes in the background too, but until its first fetch
/// succeeds it fetches again on every call (its first-fetch path has no back-off), which is the case an unreachable
/// tenant metadata URL puts it in for good.
/// </remarks>
public sealed partial class OpenIdKeySource(string metadataUrl, IDocumentRetriever retriever, TimeProvider time, ILogger logger)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinFetchInterval = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan FetchWait = TimeSpan.FromSeconds(10);
    private const string EndorsementsProperty = "endorsements";

    private readonly Lock gate = new();
    private volatile IReadOnlyList<SecurityKey> keys = [];
    private volatile Dictionary<string, IReadOnlyList<string>> endorsements = [];
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset lastAttempt = DateTimeOffset.MinValue;
    private DateTimeOffset lastRolloverAttempt = DateTimeOffset.MinValue;
    private Task? fetching;

    /// <summary>How often the metadata was fetched (or tried).</summary>
    public int Fetches { get; private set; }

    /// <summary>The keys held; <paramref name="unknownKey"/> says the token names a key we do not hold.</summary>
    public async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(bool unknownKey, CancellationToken cancellationToken)
    {
        Task? pending;
        lock (gate)
        {
            var now = time.GetUtcNow();
            var routine = (keys.Count == 0 || now - fetchedAt > MaxAge) && now - lastAttempt >= MinFetchInterval;
            var rollover = unknownKey && keys.Count > 0 && now - lastRolloverAttempt >= MinFetchInterval;
            if ((routine || rollover) && fetching is null)
            {
                lastAttempt = routine ? now : lastAttempt;
                lastRolloverAttempt = rollover ? now : lastRolloverAttempt;
                Fetches++;
                fetching = Task.Run(FetchAsync, CancellationToken.None);
            }

            pending = fetching;
        }

        if (pending is not null && (keys.Count == 0 || unknownKey))
        {
            try
            {
                await pending.WaitAsync(FetchWait, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Still fetching: this request goes on with the keys held (none means it is refused).
            }
        }

        return keys;
    }

    /// <summary>
    /// The channel ids a key is endorsed for, as the key document lists them (Bot Framework's keys carry an
    /// <c>endorsements</c> array); null for a key we do not hold or one published without endorsements (Entra's).
    /// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot-step-3
    /// </summary>
    public IReadOnlyList<string>? EndorsementsOf(string? keyId) =>
        keyId is not null && endorsements.TryGetValue(keyId, out var list) ? list : null;

    private static Dictionary<string, IReadOnlyList<string>> EndorsementsOf(OpenIdConnectConfiguration configuration)
    {
        var byKey = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (key.Kid is { } kid && key.AdditionalData.TryGetValue(EndorsementsProperty, out var value))
            {
                byKey[kid] = value switch
                {
                    System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } array =>
                        [.. array.EnumerateArray().Where(e => e.ValueKind == System.Text.Json.JsonValueKind.String).Select(e => e.GetString()!)],
                    IEnumerable<object> items => [.. items.OfType<string>()],
                    _ => [],
                };
            }
        }

        return byKey;
    }

    private async Task FetchAsync()
    {
        try
        {
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, CancellationToken.None);
            endorsements = EndorsementsOf(configuration);
            keys = [.. configuration.SigningKeys];
            lock (gate)
            {
                fetchedAt = time.GetUtcNow();
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException or TaskCanceledException or ArgumentException)
        {
            // Remembered by the attempt's time: the next fetch comes a minute later at the earliest; the keys held stay.
            LogFetchFailed(logger, metadataUrl, e);
        }
        finally
        {
            lock (gate)
            {
                fetching = null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OpenID metadata at {MetadataUrl} could not be fetched; the keys held stay in use and it is tried again in a minute")]
    private static partial void LogFetchFailed(ILogger logger, string metadataUrl, Exception exception);
}
