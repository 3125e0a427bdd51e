namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>The store holds a column whose definition differs from the schema; provisioning changed nothing.</summary>
public sealed class SchemaDriftException : ListStoreException
{
    public SchemaDriftException()
    {
    }

    public SchemaDriftException(string message)
        : base(message)
    {
    }

    public SchemaDriftException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
