namespace PartnershipTeams.Core.Domain;

/// <summary>
/// One version of a visit in its history: what it said (<paramref name="Content"/>), what made it (<paramref name="Change"/>),
/// who and when, and whether the visit took it (a correction a manager's later edit overrode was not).
/// </summary>
public sealed record VisitVersion(int VisitId, VisitChange Change, Visit Content, string ChangedByEmail, DateTimeOffset ChangedAt, bool? Applied, string SubmissionId);
