using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Operations;

/// <summary>Every kind of submission staff make in Teams. A new kind: its value in <see cref="SubmissionKind"/>, a line here, a writer and a confirmation.</summary>
public static class SubmissionTypes
{
    public static SubmissionType<Visit> VisitReport { get; } = new(SubmissionKind.VisitReport);

    public static SubmissionType<GoalUpdate> GoalUpdate { get; } = new(SubmissionKind.GoalUpdate);

    public static SubmissionType<VisitCorrection> VisitCorrection { get; } = new(SubmissionKind.VisitCorrection);

    public static SubmissionType<VisitWithdrawal> VisitWithdrawal { get; } = new(SubmissionKind.VisitWithdrawal);

    public static IReadOnlyList<ISubmissionType> All { get; } = [VisitReport, GoalUpdate, VisitCorrection, VisitWithdrawal];
}
