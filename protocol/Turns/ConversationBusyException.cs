namespace PartnershipTeams.Protocol.Turns;

/// <summary>
/// A send refused without trying: its conversation already has as many sends waiting as it may, or the wait for its
/// turn ran out (<c>ConversationSendGate</c>). The request that caused it is answered without the reply.
/// </summary>
public sealed class ConversationBusyException : DeliveryFailedException
{
    public ConversationBusyException()
    {
    }

    public ConversationBusyException(string conversationId)
        : base($"The conversation {conversationId} has more sends waiting than it may; this one was not sent.")
    {
    }

    public ConversationBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
