namespace PartnershipTeams.Core.Operations;

/// <summary>A submission acknowledged in Teams: what it is, its payload (JSON), who sent it, and how far it got.</summary>
public sealed record AcceptedSubmission(
    string Id,
    SubmissionKind Kind,
    string Title,
    string ReportedBy,
    string Payload,
    DateTimeOffset ReceivedAt,
    SubmissionStatus Status = SubmissionStatus.Pending,
    int Attempts = 0,
    string? LastError = null);
