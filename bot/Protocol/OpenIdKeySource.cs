using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipTeams.Bot.Protocol;

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

    private readonly Lock gate = new();
    private volatile IReadOnlyList<SecurityKey> keys = [];
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

    private async Task FetchAsync()
    {
        try
        {
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, CancellationToken.None);
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
