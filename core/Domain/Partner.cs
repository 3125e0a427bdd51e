namespace PartnershipTeams.Core.Domain;

/// <summary>A partner city (vänort) and the agreement the municipality has with it.</summary>
public sealed record Partner(
    string Title,
    string Country,
    PartnerKind Kind,
    DateOnly? AgreementSince,
    DateOnly? NextAgreementDue,
    string AmbitionLevel,
    string CoordinatorEmail)
{
    /// <summary>The partner's coordinators: <see cref="CoordinatorEmail"/> may name several, separated by ; , or spaces.</summary>
    public IReadOnlyList<string> Coordinators =>
        CoordinatorEmail.Split([';', ',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The next agreement was due before the period began: a date the period has left behind, not a coming one.</summary>
    public bool IsNextAgreementDueBefore(ReviewPeriod period) => NextAgreementDue is { } due && period.Place(due, due) == PeriodPlacement.Before;

    /// <summary>Whether the email is one of the partner's coordinators (case does not matter).</summary>
    public bool IsCoordinator(string? email) =>
        !string.IsNullOrWhiteSpace(email) && Coordinators.Contains(email.Trim(), StringComparer.OrdinalIgnoreCase);
}
