namespace PartnershipTeams.Core.Domain;

/// <summary>The kinds of review deadline the international function keeps.</summary>
public enum ReviewCycleKind
{
    AnnualFollowUp,
    AgreementReview,
    Jubilee,
}
