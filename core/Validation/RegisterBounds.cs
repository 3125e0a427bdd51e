using System.Globalization;

namespace PartnershipTeams.Core.Validation;

/// <summary>
/// The ranges the register takes from a report: dates within a window around today (a typo like 1900 or 2999 is
/// refused, not stored), and an amount per organisation up to a ceiling (so a missing decimal comma shows).
/// </summary>
public sealed record RegisterBounds
{
    public static RegisterBounds Default { get; } = new();

    public int YearsBack { get; init; } = 10;

    public int YearsAhead { get; init; } = 5;

    public decimal MaxCostPerOrganisationSek { get; init; } = 10_000_000m;

    /// <summary>More people than any delegation has: a count above it is a typo.</summary>
    public const int MaxDelegationCount = 10_000;

    public DateOnly EarliestDate(DateOnly today) => today.AddYears(-YearsBack);

    public DateOnly LatestDate(DateOnly today) => today.AddYears(YearsAhead);

    public bool Takes(DateOnly date, DateOnly today) => date >= EarliestDate(today) && date <= LatestDate(today);

    /// <summary>
    /// The one date rule every card's validation applies: the problem with a date a card sent in <paramref name="field"/>,
    /// naming the window, or null when the register takes it (or none was given).
    /// </summary>
    public ValidationError? CheckDate(string field, DateOnly? date, DateOnly today) =>
        date is { } d && !Takes(d, today) ? new ValidationError(field, ValidationCode.DateOutOfRange, Detail: DateWindowText(today)) : null;

    /// <summary>The window as a message names it, e.g. "2016-11-24–2031-11-24".</summary>
    public string DateWindowText(DateOnly today) => $"{Iso(EarliestDate(today))}–{Iso(LatestDate(today))}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
