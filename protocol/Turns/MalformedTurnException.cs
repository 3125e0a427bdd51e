namespace PartnershipTeams.Protocol.Turns;

/// <summary>
/// A turn whose input is well-formed JSON but not what the bot's own cards send (a forged or damaged submission
/// id, say): nothing is stored, and the protocol answers it as a bad request.
/// </summary>
public sealed class MalformedTurnException : Exception
{
    public MalformedTurnException()
    {
    }

    public MalformedTurnException(string message)
        : base(message)
    {
    }

    public MalformedTurnException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
