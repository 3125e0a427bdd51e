namespace PartnershipTeams.Core.Operations;

/// <summary>What a submission from Teams is.</summary>
public enum SubmissionKind
{
    VisitReport,
    GoalUpdate,

    /// <summary>A reporter's correction of a visit in the register (a <see cref="Domain.VisitCorrection"/>).</summary>
    VisitCorrection,

    /// <summary>A reporter's withdrawal of a visit (a <see cref="Domain.VisitWithdrawal"/>).</summary>
    VisitWithdrawal,

    /// <summary>A kind this version does not know (stored by a newer one, or damaged): never written, kept aside as poison.</summary>
    Unknown,
}
