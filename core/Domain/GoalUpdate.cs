namespace PartnershipTeams.Core.Domain;

/// <summary>One report on a goal's progress; the history is append-only.</summary>
public sealed record GoalUpdate(
    int GoalId,
    GoalStatus Status,
    decimal? Current,
    string? Comment,
    string ReportedByEmail,
    DateTimeOffset ReportedAt,
    string SubmissionId);
