using System.Net;

namespace PartnershipTeams.Bot.Protocol;

/// <summary>Teams answered 403 or 404 for a conversation: the app was uninstalled or the user blocked it.</summary>
public sealed class ConversationGoneException : ConnectorException
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
