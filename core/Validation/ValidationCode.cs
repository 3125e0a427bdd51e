namespace PartnershipTeams.Core.Validation;

/// <summary>What is wrong with a field; the bot turns each into Swedish or English text.</summary>
public enum ValidationCode
{
    Required,
    EndBeforeStart,
    UnknownPartner,
    UnknownGoal,
    NegativeCost,
    TooLong,
    InvalidEmail,
    InvalidDate,
    InvalidNumber,
    DueBeforeVisit,
}
