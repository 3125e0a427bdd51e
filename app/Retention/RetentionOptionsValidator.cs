using Microsoft.Extensions.Options;

namespace PartnershipTeams.Application.Retention;

/// <summary>Refuses retention periods that are negative, or a ledger period short enough to send a reminder twice.</summary>
public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
