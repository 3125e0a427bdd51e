namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>A field names a column the list does not have.</summary>
public sealed class UnknownColumnException : ListStoreException
{
    public UnknownColumnException()
    {
    }

    public UnknownColumnException(string message)
        : base(message)
    {
    }

    public UnknownColumnException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
