using System.Collections.Concurrent;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>Which timers the standalone scheduler keeps on schedule right now; /health compares them with what should run.</summary>
public sealed class SchedulerStatus
{
    private readonly ConcurrentDictionary<string, byte> running = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Running => [.. running.Keys.Order(StringComparer.Ordinal)];

    public void TimerRunning(string timer) => running[timer] = 0;

    public void TimerStopped(string timer) => running.TryRemove(timer, out _);
}
