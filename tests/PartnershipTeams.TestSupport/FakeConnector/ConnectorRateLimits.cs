namespace PartnershipTeams.TestSupport.FakeConnector;

/// <summary>
/// Teams' rate limits as the fake connector enforces them (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit):
/// a send to a conversation over 7 in 1 s, 8 in 2 s, 60 in 30 s or 1,800 in an hour, or any request over 50 in a second
/// for the app, is answered 429 with Retry-After and not counted. Keeps every accepted send's arrival, to check afterwards
/// that no conversation went over a limit.
/// </summary>
public sealed class ConnectorRateLimits(TimeProvider clock)
{
    /// <summary>"Per bot per thread limit", Send to conversation: the doc's table (the product keeps its own copy; this one checks it).</summary>
    public static readonly IReadOnlyList<(TimeSpan Window, int Limit)> PerConversation =
        [(TimeSpan.FromSeconds(1), 7), (TimeSpan.FromSeconds(2), 8), (TimeSpan.FromSeconds(30), 60), (TimeSpan.FromHours(1), 1800)];

    /// <summary>"The global limit per app per tenant is 50 Requests Per Second."</summary>
    public static readonly (TimeSpan Window, int Limit) PerApp = (TimeSpan.FromSeconds(1), 50);

    private readonly Lock gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> sends = new(StringComparer.Ordinal);
    private readonly List<DateTimeOffset> requests = [];
    private readonly List<DateTimeOffset> allRequests = [];

    /// <summary>How many requests were answered 429.</summary>
    public int Throttled { get; private set; }

    /// <summary>Counts the request if it is within the limits; false when it must be answered 429.</summary>
    public bool TryAdmit(string? conversationId)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var (appWindow, appLimit) = PerApp;
            if (requests.Count(t => now - t < appWindow) >= appLimit)
            {
                Throttled++;
                return false;
            }

            if (conversationId is not null)
            {
                var history = sends.TryGetValue(conversationId, out var known) ? known : sends[conversationId] = [];
                if (PerConversation.Any(l => history.Count(t => now - t < l.Window) >= l.Limit))
                {
                    Throttled++;
                    return false;
                }

                history.Add(now);
            }

            requests.Add(now);
            allRequests.Add(now);
            requests.RemoveAll(t => now - t >= appWindow);
            return true;
        }
    }

    /// <summary>The most sends any conversation had within each window, over everything accepted (a limit is never exceeded if these are within it).</summary>
    public IReadOnlyList<(TimeSpan Window, int Limit, int Busiest)> BusiestConversation()
    {
        lock (gate)
        {
            return [.. PerConversation.Select(l => (l.Window, l.Limit, sends.Values.Select(h => MostWithin(h, l.Window)).DefaultIfEmpty(0).Max()))];
        }
    }

    /// <summary>The most requests the app made within any second, over everything accepted.</summary>
    public int BusiestSecondForTheApp()
    {
        lock (gate)
        {
            return MostWithin([.. allRequests], PerApp.Window);
        }
    }

    private static int MostWithin(List<DateTimeOffset> arrivals, TimeSpan window)
    {
        var most = 0;
        for (int start = 0, end = 0; end < arrivals.Count; end++)
        {
            while (arrivals[end] - arrivals[start] >= window)
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }
}
