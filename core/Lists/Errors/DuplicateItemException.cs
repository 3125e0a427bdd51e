namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>A unique column already holds this value; nothing was written.</summary>
public sealed class DuplicateItemException : ListStoreException
{
    public DuplicateItemException()
    {
    }

    public DuplicateItemException(string message)
        : base(message)
    {
    }

    public DuplicateItemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
