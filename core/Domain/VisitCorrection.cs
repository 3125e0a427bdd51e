namespace PartnershipTeams.Core.Domain;

/// <summary>
/// A reporter's correction of a visit in the register: the item it corrects, the visit as it should read now (its
/// reporter, report time and submission id stay the original's; follow-ups are not part of a correction), who made
/// it and when, and the correction's own submission id.
/// </summary>
public sealed record VisitCorrection(int VisitId, Visit Visit, string CorrectedByEmail, DateTimeOffset CorrectedAt, string SubmissionId);
