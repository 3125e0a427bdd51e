namespace PartnershipTeams.Bot.Reporting;

/// <summary>A submitted form card: its submission id, the values as typed, who sent it (their email) and when.</summary>
public sealed record FormSubmission(string SubmissionId, IReadOnlyDictionary<string, string> Values, string Reporter, DateTimeOffset At);
