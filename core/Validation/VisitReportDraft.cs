using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Validation;

/// <summary>A visit report as the user filled it in, before validation: anything may be missing.</summary>
public sealed record VisitReportDraft
{
    public string? Title { get; init; }
    public int? PartnerId { get; init; }
    public VisitDirection? Direction { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public string? Participants { get; init; }
    public string? Purpose { get; init; }
    public IReadOnlyList<ThematicArea> Themes { get; init; } = [];
    public DemocracyDialogue? DemocracyDialogue { get; init; }
    public string? DemocracyDialogueNote { get; init; }
    public GenderEquality? GenderEquality { get; init; }
    public string? GenderEqualityNote { get; init; }

    /// <summary>How many women, men and others or not stated the delegation had, where the reporter gave them.</summary>
    public int? Women { get; init; }
    public int? Men { get; init; }
    public int? OtherOrNotStated { get; init; }
    public string? Outcomes { get; init; }
    public IReadOnlyList<CostDraft> Costs { get; init; } = [];
    public IReadOnlyList<FollowUpDraft> FollowUps { get; init; } = [];
}
