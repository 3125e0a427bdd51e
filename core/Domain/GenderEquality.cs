namespace PartnershipTeams.Core.Domain;

/// <summary>
/// Whether gender equality (jämställdhet) was considered in the exchange, as the international strategy's first
/// principle asks ("Frågor kring demokrati och jämställdhet beaktas"). Null on a visit: reported before the question was asked.
/// </summary>
public enum GenderEquality
{
    Yes,
    No,
    NotApplicable,
}

/// <summary>When visit reports began to ask the gender-equality question: a visit reported before it was never asked.</summary>
public static class GenderEqualityQuestion
{
    /// <summary>The day the visit card first asked it (the release of 2026-12-07).</summary>
    public static DateOnly AskedSince { get; } = new(2026, 12, 7);
}
