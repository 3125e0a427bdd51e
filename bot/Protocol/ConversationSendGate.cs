using System.Collections.Concurrent;

namespace PartnershipTeams.Bot.Protocol;

/// <summary>
/// One send at a time per conversation, in order, as Teams' per-conversation rate limits expect; different
/// conversations send in parallel.
/// </summary>
public sealed class ConversationSendGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    public async Task<T> RunAsync<T>(string conversationId, Func<Task<T>> send, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(conversationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await send();
        }
        finally
        {
            gate.Release();
        }
    }
}
