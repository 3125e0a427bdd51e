using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// One send at a time per conversation, in order, as Teams' per-conversation rate limits expect; different
/// conversations send in parallel. A conversation's gate lives only while someone sends or waits on it, so the
/// gates held are bounded by the sends in flight, not by every conversation ever reached.
/// A send waits its turn at most <see cref="WaitBudget"/> behind at most <see cref="MaxWaiting"/> others: a reply is
/// sent while Teams waits on the request that caused it (Teams gives up after 15 s), so one flooded conversation must
/// not hold every request to it; a send past those bounds is refused at once (<see cref="ConversationBusyException"/>)
/// and the request is answered without it — what it caused is already recorded.
/// </summary>
public sealed class ConversationSendGate
{
    /// <summary>The longest a send waits for its conversation's turn.</summary>
    public static readonly TimeSpan WaitBudget = TimeSpan.FromSeconds(5);

    /// <summary>How many sends may wait behind the one sending: a burst of a couple of seconds of replies (Teams takes 8 in 2 s from a conversation).</summary>
    public const int MaxWaiting = 16;

    private readonly Dictionary<string, Gate> gates = new(StringComparer.Ordinal);

    /// <summary>How many conversations have a gate now (sending or waiting).</summary>
    public int Count
    {
        get
        {
            lock (gates)
            {
                return gates.Count;
            }
        }
    }

    public async Task<T> RunAsync<T>(string conversationId, Func<Task<T>> send, CancellationToken cancellationToken)
    {
        var gate = Enter(conversationId);
        try
        {
            if (gate.Users > MaxWaiting + 1 || !await gate.Semaphore.WaitAsync(WaitBudget, cancellationToken))
            {
                throw new ConversationBusyException(conversationId);
            }

            try
            {
                return await send();
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            Leave(conversationId, gate);
        }
    }

    private Gate Enter(string conversationId)
    {
        lock (gates)
        {
            if (!gates.TryGetValue(conversationId, out var gate))
            {
                gate = new Gate();
                gates[conversationId] = gate;
            }

            gate.Users++;
            return gate;
        }
    }

    private void Leave(string conversationId, Gate gate)
    {
        lock (gates)
        {
            if (--gate.Users == 0)
            {
                gates.Remove(conversationId);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
