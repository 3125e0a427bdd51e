namespace PartnershipTeams.Core.Operations;

/// <summary>
/// The queue that carries accepted submissions to the register writer: an Azure Storage queue (processed by the
/// Functions host's queue trigger, or by the app itself standalone), or an in-process queue on a laptop.
/// A message is a submission id; the submission itself is in the submission log.
/// </summary>
public interface ISubmissionQueueWriter
{
    Task EnqueueAsync(string submissionId, CancellationToken cancellationToken);
}
