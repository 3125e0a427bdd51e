using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Sync;

/// <summary>What a visit puts into the register besides its own item: its follow-ups, as activities.</summary>
public static class ReconciliationRules
{
    /// <summary>
    /// A visit's follow-up actions as activities linked back to it, each with a submission id of its own, under the
    /// partner's action plan that covers the follow-up's date (the latest-starting one when plans overlap; none when
    /// no plan covers it).
    /// </summary>
    public static IEnumerable<(string SubmissionId, Activity Activity)> FollowUpActivities(Visit visit, int visitId, IEnumerable<Stored<ActionPlan>> plans)
    {
        var partnersPlans = plans.Where(p => p.Value.PartnerId == visit.PartnerId).OrderByDescending(p => p.Value.PeriodStart).ToList();
        return visit.FollowUps.Select((followUp, index) => (
            $"{visit.SubmissionId}/followup-{index + 1}",
            new Activity(
                followUp.Title,
                visit.PartnerId,
                partnersPlans.FirstOrDefault(p => p.Value.Covers(followUp.Due))?.Id,
                followUp.Theme,
                followUp.Organisation ?? (visit.Organisations.Count > 0 ? visit.Organisations[0] : string.Empty),
                followUp.OwnerEmail,
                visit.End,
                followUp.Due,
                ActivityStatus.Planned,
                followUp.Due,
                null,
                visitId)));
    }
}
