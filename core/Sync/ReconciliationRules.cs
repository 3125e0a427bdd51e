using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Sync;

/// <summary>What a visit puts into the register besides its own item: its follow-ups, as activities.</summary>
public static class ReconciliationRules
{
    /// <summary>A visit's follow-up actions as activities linked back to it, each with a submission id of its own.</summary>
    public static IEnumerable<(string SubmissionId, Activity Activity)> FollowUpActivities(Visit visit, int visitId) =>
        visit.FollowUps.Select((followUp, index) => (
            $"{visit.SubmissionId}/followup-{index + 1}",
            new Activity(
                followUp.Title,
                visit.PartnerId,
                null,
                followUp.Theme,
                visit.Organisations.Count > 0 ? visit.Organisations[0] : string.Empty,
                followUp.OwnerEmail,
                visit.End,
                followUp.Due,
                ActivityStatus.Planned,
                followUp.Due,
                null,
                visitId)));
}
