namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>The store cannot be reached or opened right now; the caller may retry later.</summary>
public sealed class ListStoreUnavailableException : ListStoreException
{
    public ListStoreUnavailableException()
    {
    }

    public ListStoreUnavailableException(string message)
        : base(message)
    {
    }

    public ListStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
