using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Submissions.Writers;

/// <summary>A reporter's withdrawal: the visit is marked withdrawn (kept), its follow-ups cancelled, the change kept in its history.</summary>
public sealed class VisitWithdrawalWriter(VisitChangeWriter changes) : SubmissionWriter<VisitWithdrawal>(SubmissionTypes.VisitWithdrawal)
{
    public override Task WriteAsync(VisitWithdrawal withdrawal, CancellationToken cancellationToken) => changes.WriteWithdrawalAsync(withdrawal, cancellationToken);
}
