namespace PartnershipTeams.Core.Domain;

/// <summary>
/// A reporter's withdrawal of a visit: the item (and the submission id it was reported under, so a reused item id is
/// never withdrawn), who withdrew it and when, and the withdrawal's own submission id.
/// </summary>
public sealed record VisitWithdrawal(int VisitId, string VisitSubmissionId, string Title, string WithdrawnByEmail, DateTimeOffset WithdrawnAt, string SubmissionId);
