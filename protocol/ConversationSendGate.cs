namespace PartnershipTeams.Protocol;

/// <summary>
/// One send at a time per conversation, in order, as Teams' per-conversation rate limits expect; different
/// conversations send in parallel. A conversation's gate lives only while someone sends or waits on it, so the
/// gates held are bounded by the sends in flight, not by every conversation ever reached.
/// </summary>
public sealed class ConversationSendGate
{
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
            await gate.Semaphore.WaitAsync(cancellationToken);
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
