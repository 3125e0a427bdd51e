namespace PartnershipTeams.Core.Lists.Errors;

/// <summary>A field value does not fit its column (type, choice, length, or a required value missing).</summary>
public sealed class InvalidFieldValueException : ListStoreException
{
    public InvalidFieldValueException()
    {
    }

    public InvalidFieldValueException(string message)
        : base(message)
    {
    }

    public InvalidFieldValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
