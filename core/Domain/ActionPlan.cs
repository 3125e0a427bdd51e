namespace PartnershipTeams.Core.Domain;

/// <summary>A handlingsplan for one partner over a period, owned by a department.</summary>
public sealed record ActionPlan(string Title, int PartnerId, DateOnly PeriodStart, DateOnly PeriodEnd, string Owner)
{
    public bool Covers(DateOnly date) => PeriodStart <= date && date <= PeriodEnd;
}
