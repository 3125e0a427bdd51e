namespace PartnershipTeams.Functions.Functions;

/// <summary>Fails a queue invocation on purpose: the submission was not written this time, so the host delivers it again.</summary>
public sealed class SubmissionNotWrittenException(string submissionId)
    : Exception($"Submission {submissionId} was not written this time; the queue delivers it again.");
