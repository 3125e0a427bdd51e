namespace PartnershipTeams.Bot.Conversations;

/// <summary>What reporters may do with their own reports (section "Reports"), checked at start by <see cref="ReportOptionsValidator"/>.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>The longest withdrawal window a setting may give: past it a report is history, changed only by the international function.</summary>
    public const int MaxWithdrawWithinDays = 365;

    /// <summary>How many days after reporting a visit the reporter may withdraw it from Teams; 0 turns withdrawal off.</summary>
    public int WithdrawWithinDays { get; set; } = 7;

    /// <summary>Whether a report made at <paramref name="reportedAt"/> may still be withdrawn at <paramref name="now"/>.</summary>
    public bool MayWithdraw(DateTimeOffset reportedAt, DateTimeOffset now) =>
        WithdrawWithinDays > 0 && now <= reportedAt.AddDays(WithdrawWithinDays);
}
