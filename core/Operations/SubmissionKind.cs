namespace PartnershipTeams.Core.Operations;

/// <summary>What a submission from Teams is.</summary>
public enum SubmissionKind
{
    VisitReport,
    GoalUpdate,
}
