namespace PartnershipTeams.Core.Validation;

/// <summary>Either a valid value or the list of problems that kept it from being one.</summary>
public sealed record ValidationResult<T>(T? Value, IReadOnlyList<ValidationError> Errors)
    where T : class
{
    public bool IsValid => Errors.Count == 0 && Value is not null;
}

/// <summary>Factory methods for <see cref="ValidationResult{T}"/>.</summary>
public static class ValidationResult
{
    public static ValidationResult<T> Valid<T>(T value)
        where T : class => new(value, []);

    public static ValidationResult<T> Invalid<T>(IReadOnlyList<ValidationError> errors)
        where T : class => new(null, errors);
}
