namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>No item with that id exists in the list.</summary>
public sealed class ItemNotFoundException : ListStoreException
{
    public ItemNotFoundException()
    {
    }

    public ItemNotFoundException(string message)
        : base(message)
    {
    }

    public ItemNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
