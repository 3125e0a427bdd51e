using Microsoft.Extensions.Options;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>The report settings checked at start (ValidateOnStart), so a window that makes no sense fails before the bot serves.</summary>
public sealed class ReportOptionsValidator : IValidateOptions<ReportOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportOptions options) =>
        options.WithdrawWithinDays is >= 0 and <= ReportOptions.MaxWithdrawWithinDays
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Reports:WithdrawWithinDays must be a number of days from 0 (reports cannot be withdrawn from Teams) to {ReportOptions.MaxWithdrawWithinDays}; got {options.WithdrawWithinDays}.");
}
