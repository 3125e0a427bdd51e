using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Operations;

/// <summary>Every kind of submission staff make in Teams, by the name the submission log keeps it under. A new kind: a line here, and what writes and confirms it.</summary>
public static class SubmissionTypes
{
    public static SubmissionType<Visit> VisitReport { get; } = new("VisitReport");

    public static SubmissionType<GoalUpdate> GoalUpdate { get; } = new("GoalUpdate");

    public static SubmissionType<VisitCorrection> VisitCorrection { get; } = new("VisitCorrection");

    public static SubmissionType<VisitWithdrawal> VisitWithdrawal { get; } = new("VisitWithdrawal");

    public static IReadOnlyList<ISubmissionType> All { get; } = [VisitReport, GoalUpdate, VisitCorrection, VisitWithdrawal];
}
