namespace PartnershipTeams.Core.Validation;

/// <summary>
/// One problem with one field. <paramref name="Limit"/> carries the length limit for <see cref="ValidationCode.TooLong"/>;
/// <paramref name="Detail"/> the allowed range or ceiling, as a person reads it, where the message names one.
/// </summary>
public sealed record ValidationError(string Field, ValidationCode Code, int? Limit = null, string? Detail = null);
