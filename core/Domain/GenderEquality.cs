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
