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

    /// <summary>Not one of the choices the card offers (a hand-made value, or one the register no longer has).</summary>
    UnknownChoice,

    /// <summary>Control characters SharePoint cannot store.</summary>
    InvalidCharacters,

    /// <summary>A date outside the window the register takes; <see cref="ValidationError.Detail"/> names it.</summary>
    DateOutOfRange,

    /// <summary>An amount above the ceiling; <see cref="ValidationError.Detail"/> names it.</summary>
    AmountTooLarge,

    /// <summary>A value the register cannot store, for a reason without a message of its own.</summary>
    InvalidValue,

    /// <summary>The report as a whole is larger than the register can keep.</summary>
    ReportTooLarge,

    /// <summary>A value outside what its indicator can take; <see cref="ValidationError.Detail"/> names the range.</summary>
    ValueOutOfRange,

    /// <summary>A count that is not a whole number.</summary>
    NotWholeNumber,
}
