namespace PartnershipTeams.Core.Validation;

/// <summary>The wording of validation problems, Swedish first, English when the client asks for it.</summary>
public static class ValidationTexts
{
    public static string Describe(ValidationError error, bool english) => (error.Code, english) switch
    {
        (ValidationCode.Required, false) => "Fältet måste fyllas i.",
        (ValidationCode.Required, true) => "This field is required.",
        (ValidationCode.EndBeforeStart, false) => "Slutdatum kan inte vara före startdatum.",
        (ValidationCode.EndBeforeStart, true) => "The end date cannot be before the start date.",
        (ValidationCode.UnknownPartner, false) => "Vänorten finns inte i registret.",
        (ValidationCode.UnknownPartner, true) => "The partner city is not in the register.",
        (ValidationCode.UnknownGoal, false) => "Uppnåendemålet finns inte, eller är inte ditt.",
        (ValidationCode.UnknownGoal, true) => "The goal does not exist, or is not yours.",
        (ValidationCode.NegativeCost, false) => "Kostnaden kan inte vara negativ.",
        (ValidationCode.NegativeCost, true) => "The cost cannot be negative.",
        (ValidationCode.TooLong, false) => $"Texten får vara högst {error.Limit} tecken.",
        (ValidationCode.TooLong, true) => $"The text may be at most {error.Limit} characters.",
        (ValidationCode.InvalidEmail, false) => "Ange en giltig e-postadress.",
        (ValidationCode.InvalidEmail, true) => "Enter a valid email address.",
        (ValidationCode.InvalidDate, false) => "Ange ett datum som ÅÅÅÅ-MM-DD.",
        (ValidationCode.InvalidDate, true) => "Enter a date as YYYY-MM-DD.",
        (ValidationCode.InvalidNumber, false) => "Ange ett tal.",
        (ValidationCode.InvalidNumber, true) => "Enter a number.",
        (ValidationCode.DueBeforeVisit, false) => "Sista dag för uppföljningen kan inte vara före besökets slut.",
        (ValidationCode.DueBeforeVisit, true) => "The follow-up due date cannot be before the visit ends.",
        (ValidationCode.UnknownChoice, false) => "Välj ett av alternativen på kortet.",
        (ValidationCode.UnknownChoice, true) => "Choose one of the options on the card.",
        (ValidationCode.InvalidCharacters, false) => "Texten innehåller styrtecken som inte kan sparas. Skriv in den igen.",
        (ValidationCode.InvalidCharacters, true) => "The text contains control characters that cannot be stored. Please type it again.",
        (ValidationCode.DateOutOfRange, false) => $"Ange ett datum under perioden {error.Detail}.",
        (ValidationCode.DateOutOfRange, true) => $"Enter a date in the period {error.Detail}.",
        (ValidationCode.AmountTooLarge, false) => $"Beloppet får vara högst {error.Detail}. Kontrollera att det är skrivet i kronor.",
        (ValidationCode.AmountTooLarge, true) => $"The amount may be at most {error.Detail}. Check that it is written in kronor.",
        (ValidationCode.InvalidValue, false) => "Värdet kan inte sparas i registret.",
        (ValidationCode.InvalidValue, true) => "The value cannot be stored in the register.",
        (ValidationCode.ReportTooLarge, false) => "Rapporten är för stor för registret. Korta de längsta texterna.",
        (ValidationCode.ReportTooLarge, true) => "The report is too large for the register. Shorten the longest texts.",
        _ => english ? "The value is not valid." : "Värdet är inte giltigt.",
    };
}
