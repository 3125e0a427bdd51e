namespace PartnershipTeams.Protocol;

/// <summary>
/// Paces proactive sends (reminders, digests) under <see cref="TeamsRateLimits"/>: a send waits until one more would
/// stay within every window of its conversation and the app's per-second limit. A send counts from when it starts and,
/// once Teams has answered, from the answer (Teams counts a request when it arrives, somewhere in between), and each
/// window is counted <see cref="Margin"/> longer: both keep a send out of Teams' window however the network delays it.
/// Runs on real time (rate limits are about the wall clock), not the business clock; keeps the last hour of sends only.
/// </summary>
public sealed class SendPacer(TimeProvider clock)
{
    /// <summary>How much longer each window is counted than Teams counts it.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(100);

    private readonly Lock gate = new();
    private readonly TimeProvider time = clock;
    private readonly Dictionary<string, List<Send>> byConversation = new(StringComparer.Ordinal);
    private readonly List<Send> byApp = [];
    private DateTimeOffset lastSweep = DateTimeOffset.MinValue;

    /// <summary>How many conversations have sends within the last hour counted.</summary>
    public int Conversations
    {
        get
        {
            lock (gate)
            {
                return byConversation.Count;
            }
        }
    }

    /// <summary>Waits until a send to the conversation is within Teams' limits and counts it; dispose the result once Teams answered.</summary>
    public async Task<IDisposable> WaitTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                Sweep(now);
                var history = byConversation.TryGetValue(conversationId, out var known) ? known : [];
                wait = TimeSpan.Zero;
                foreach (var (window, limit) in TeamsRateLimits.PerConversation)
                {
                    wait = Max(wait, WaitFor(history, window, limit, now));
                }

                wait = Max(wait, WaitFor(byApp, TeamsRateLimits.PerApp.Window, TeamsRateLimits.PerApp.Limit, now));
                if (wait <= TimeSpan.Zero)
                {
                    var send = new Send(this, now);
                    history.Add(send);
                    byConversation[conversationId] = history;
                    byApp.Add(send);
                    return send;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>How long until one more send fits: the send <paramref name="limit"/> places back must leave the window.</summary>
    private static TimeSpan WaitFor(List<Send> sends, TimeSpan window, int limit, DateTimeOffset now)
    {
        var counted = window + Margin;
        var inWindow = sends.Select(s => s.At).Where(at => now - at < counted).Order().ToList();
        return inWindow.Count < limit ? TimeSpan.Zero : inWindow[inWindow.Count - limit] + counted - now;
    }

    /// <summary>Forgets sends older than every window (at most once a second), so memory follows the last hour's sends.</summary>
    private void Sweep(DateTimeOffset now)
    {
        byApp.RemoveAll(s => now - s.At >= TeamsRateLimits.PerApp.Window + Margin);
        if (now - lastSweep < TimeSpan.FromSeconds(1))
        {
            return;
        }

        lastSweep = now;
        var horizon = TeamsRateLimits.LongestWindow + Margin;
        foreach (var (conversation, sends) in byConversation.ToList())
        {
            sends.RemoveAll(s => now - s.At >= horizon);
            if (sends.Count == 0)
            {
                byConversation.Remove(conversation);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>One send, counted from its start until Teams answered, then from the answer.</summary>
    private sealed class Send(SendPacer pacer, DateTimeOffset started) : IDisposable
    {
        public DateTimeOffset At { get; private set; } = started;

        public void Dispose()
        {
            lock (pacer.gate)
            {
                At = pacer.time.GetUtcNow();
            }
        }
    }
}
