using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Sync;

namespace PartnershipTeams.Application.Submissions.Writers;

/// <summary>A visit report: the visit, then each of its follow-ups as an activity of the partner's action plan, each created once.</summary>
public sealed class VisitReportWriter(IListStore store) : SubmissionWriter<Visit>(SubmissionTypes.VisitReport)
{
    public override async Task WriteAsync(Visit visit, CancellationToken cancellationToken)
    {
        var visitId = await store.CreateOnceAsync(VisitsList.Name, VisitsList.SubmissionId, visit.SubmissionId, VisitsList.Fields(visit), cancellationToken);
        var plans = visit.FollowUps.Count == 0 ? [] : await store.QueryAsync(ActionPlansList.Records, ListQuery.WhereEquals(ActionPlansList.Partner, visit.PartnerId), cancellationToken);
        foreach (var (submissionId, activity) in ReconciliationRules.FollowUpActivities(visit, visitId, plans))
        {
            await store.CreateOnceAsync(ActivitiesList.Name, ActivitiesList.SubmissionId, submissionId, ActivitiesList.Fields(activity, submissionId), cancellationToken);
        }
    }
}
