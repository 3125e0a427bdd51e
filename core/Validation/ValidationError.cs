namespace PartnershipTeams.Core.Validation;

/// <summary>One problem with one field; <paramref name="Limit"/> carries the length limit for <see cref="ValidationCode.TooLong"/>.</summary>
public sealed record ValidationError(string Field, ValidationCode Code, int? Limit = null)
{
    public string Message(bool english) => ValidationTexts.Describe(this, english);
}
