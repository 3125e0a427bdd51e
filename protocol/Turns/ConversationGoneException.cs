using System.Net;

namespace PartnershipTeams.Protocol.Turns;

/// <summary>The conversation is gone (Teams answered 403 or 404): the app was uninstalled or the user blocked it.</summary>
public sealed class ConversationGoneException : DeliveryFailedException
{
    public ConversationGoneException()
    {
    }

    public ConversationGoneException(string message)
        : base(message)
    {
    }

    public ConversationGoneException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConversationGoneException(string message, HttpStatusCode status)
        : base(message, status)
    {
    }
}
