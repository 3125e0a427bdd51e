namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>A query filters on a column that is not indexed (SharePoint refuses such queries on large lists).</summary>
public sealed class ColumnNotIndexedException : ListStoreException
{
    public ColumnNotIndexedException()
    {
    }

    public ColumnNotIndexedException(string message)
        : base(message)
    {
    }

    public ColumnNotIndexedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
