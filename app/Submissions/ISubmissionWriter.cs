using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Submissions;

/// <summary>
/// Writes one kind of accepted submission into the register, exactly once: every step is keyed by a unique submission
/// id, so a delivery that crashed half-way and is repeated finds what it wrote and writes only what is missing.
/// </summary>
public interface ISubmissionWriter
{
    ISubmissionType Type { get; }

    Task WriteAsync(AcceptedSubmission submission, CancellationToken cancellationToken);
}
