namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>The item changed since the caller read it (stale ETag); nothing was written.</summary>
public sealed class ConcurrencyConflictException : ListStoreException
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
