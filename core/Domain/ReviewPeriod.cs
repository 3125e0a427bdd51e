namespace PartnershipTeams.Core.Domain;

/// <summary>The period a review covers, both days included: what happened in it, and what was left open from before it.</summary>
public sealed record ReviewPeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly? date) => date is { } d && d >= From && d <= To;

    /// <summary>Whether something running from start to end (either may be unknown; both unknown: it is not dated, so it counts) touches the period.</summary>
    public bool Overlaps(DateOnly? start, DateOnly? end) =>
        (start ?? end ?? From) <= To && (end ?? start ?? To) >= From;

    /// <summary>Where something running from start to end lies: before the period, in it, or after it.</summary>
    public PeriodPlacement Place(DateOnly? start, DateOnly? end) =>
        Overlaps(start, end) ? PeriodPlacement.Within : (end ?? start) < From ? PeriodPlacement.Before : PeriodPlacement.After;

    /// <summary>Whole years from a date before the period to its first day (0 when less than a year): how old something carried into it is.</summary>
    public int YearsBefore(DateOnly date)
    {
        var years = From.Year - date.Year;
        return Math.Max(0, date.AddYears(years) > From ? years - 1 : years);
    }

    /// <summary>
    /// The period asked for; else the action plan running today; else the plan that ended last; else from the agreement
    /// (or a year back) to today.
    /// </summary>
    public static ReviewPeriod Choose(DateOnly? from, DateOnly? to, Partner partner, IEnumerable<ActionPlan> plans, DateOnly today)
    {
        var periods = plans.Select(p => new ReviewPeriod(p.PeriodStart, p.PeriodEnd)).ToList();
        var current = periods.Where(p => p.Contains(today)).OrderBy(p => p.From).FirstOrDefault()
            ?? periods.OrderByDescending(p => p.To).FirstOrDefault()
            ?? new ReviewPeriod(partner.AgreementSince ?? today.AddYears(-1), today);
        return new ReviewPeriod(from ?? current.From, to ?? current.To);
    }
}
