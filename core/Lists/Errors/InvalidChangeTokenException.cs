namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>A change token is malformed or belongs to another list.</summary>
public sealed class InvalidChangeTokenException : ListStoreException
{
    public InvalidChangeTokenException()
    {
    }

    public InvalidChangeTokenException(string message)
        : base(message)
    {
    }

    public InvalidChangeTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
