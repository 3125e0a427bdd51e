using System.Net;

namespace PartnershipTeams.Bot.Protocol;

/// <summary>The Bot Connector refused or failed a call.</summary>
public class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, HttpStatusCode status)
        : base(message) => Status = status;

    public HttpStatusCode Status { get; }
}
