namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>The list is not provisioned in this store.</summary>
public sealed class UnknownListException : ListStoreException
{
    public UnknownListException()
    {
    }

    public UnknownListException(string message)
        : base(message)
    {
    }

    public UnknownListException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
