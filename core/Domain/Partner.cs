namespace PartnershipTeams.Core.Domain;

/// <summary>A partner city (vänort) and the agreement the municipality has with it.</summary>
public sealed record Partner(
    string Title,
    string Country,
    PartnerKind Kind,
    DateOnly? AgreementSince,
    DateOnly? NextAgreementDue,
    string AmbitionLevel,
    string CoordinatorEmail);
