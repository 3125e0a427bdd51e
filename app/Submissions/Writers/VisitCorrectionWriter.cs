using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Submissions.Writers;

/// <summary>A reporter's correction: the visit takes it as its new version, unless it was changed after; kept in its history either way.</summary>
public sealed class VisitCorrectionWriter(VisitChangeWriter changes) : SubmissionWriter<VisitCorrection>(SubmissionTypes.VisitCorrection)
{
    public override Task WriteAsync(VisitCorrection correction, CancellationToken cancellationToken) => changes.WriteCorrectionAsync(correction, cancellationToken);
}
