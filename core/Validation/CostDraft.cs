namespace PartnershipTeams.Core.Validation;

/// <summary>
/// One row of the visit card's costs as typed, before validation, with the card fields a problem is named on
/// (an organisation and its amount; a report from an older card had one text field for all rows).
/// </summary>
public sealed record CostDraft(string OrganisationField, string AmountField, string? Organisation, decimal? Amount);
