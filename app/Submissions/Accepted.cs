using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Submissions;

/// <summary>A submission as accepted: its payload as stored first under its id (a retried submit gets that one back), and its log entry.</summary>
public sealed record Accepted<T>(T Payload, AcceptedSubmission Stored)
{
    public SubmissionStatus Status => Stored.Status;
}
