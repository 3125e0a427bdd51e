using System.Net;

namespace PartnershipTeams.Protocol.Turns;

/// <summary>An answer or a message could not be delivered (the channel refused it, or did not answer).</summary>
public class DeliveryFailedException : Exception
{
    public DeliveryFailedException()
    {
    }

    public DeliveryFailedException(string message)
        : base(message)
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeliveryFailedException(string message, HttpStatusCode status)
        : base(message) => Status = status;

    public HttpStatusCode Status { get; }
}
