using System.Net.Mail;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Validation;

/// <summary>Field-level checks shared by the validators; each adds at most one error to the list.</summary>
internal static class FieldChecks
{
    public static void Required(List<ValidationError> errors, string field, object? value)
    {
        var missing = value is null || (value is string s && string.IsNullOrWhiteSpace(s));
        if (missing)
        {
            errors.Add(new ValidationError(field, ValidationCode.Required));
        }
    }

    public static void FitsColumn(List<ValidationError> errors, string field, ListSchema schema, string column, string? text)
    {
        var limit = schema.FindColumn(column)?.MaxLength ?? ColumnDefinition.TextLimit;
        FitsLength(errors, field, limit, text);
    }

    public static void FitsLength(List<ValidationError> errors, string field, int limit, string? text)
    {
        if (text is not null && text.Length > limit)
        {
            errors.Add(new ValidationError(field, ValidationCode.TooLong, limit));
        }
    }

    public static void Email(List<ValidationError> errors, string field, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add(new ValidationError(field, ValidationCode.Required));
        }
        else if (!IsEmail(email))
        {
            errors.Add(new ValidationError(field, ValidationCode.InvalidEmail));
        }
    }

    private static bool IsEmail(string text) =>
        text.Length <= ColumnDefinition.TextLimit
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal);
}
