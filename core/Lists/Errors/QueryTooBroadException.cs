namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>
/// A query whose first condition matches more items than SharePoint's list view threshold (5,000) lets it narrow a large list
/// by; nothing is wrong with the store: the query must start with a condition that narrows further.
/// </summary>
public sealed class QueryTooBroadException : ListStoreException
{
    public QueryTooBroadException()
    {
    }

    public QueryTooBroadException(string message)
        : base(message)
    {
    }

    public QueryTooBroadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
