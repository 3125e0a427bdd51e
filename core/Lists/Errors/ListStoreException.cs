namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>Base of every error a list store reports; adapters never leak their driver's exceptions.</summary>
public abstract class ListStoreException : Exception
{
    protected ListStoreException()
    {
    }

    protected ListStoreException(string message)
        : base(message)
    {
    }

    protected ListStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
