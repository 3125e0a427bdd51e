using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Reports.Register;

/// <summary>Reads one partner's part of the register through the list store port (SQLite or SharePoint alike).</summary>
public sealed class PartnerRegisterReader(IListStore store)
{
    /// <summary>Throws <see cref="Core.Lists.Errors.ItemNotFoundException"/> when there is no such partner.</summary>
    public async Task<PartnerRegister> ReadAsync(int partnerId, CancellationToken cancellationToken)
    {
        var partner = await store.GetAsync(PartnersList.Name, partnerId, cancellationToken);
        var plans = (await ListReader.ReadAllAsync(store, ActionPlansList.Name, cancellationToken))
            .Where(p => p.LookupId(ActionPlansList.Partner) == partnerId).ToList();
        var planIds = plans.Select(p => p.Id).ToHashSet();
        var goals = (await ListReader.ReadAllAsync(store, GoalsList.Name, cancellationToken))
            .Where(g => g.LookupId(GoalsList.ActionPlan) is { } plan && planIds.Contains(plan)).ToList();
        var goalIds = goals.Select(g => g.Id).ToHashSet();
        var updates = (await ListReader.ReadAllAsync(store, GoalUpdatesList.Name, cancellationToken))
            .Where(u => u.LookupId(GoalUpdatesList.Goal) is { } goal && goalIds.Contains(goal)).ToList();
        var activities = (await ListReader.ReadAllAsync(store, ActivitiesList.Name, cancellationToken))
            .Where(a => a.LookupId(ActivitiesList.Partner) == partnerId).ToList();
        var visits = (await ListReader.ReadAllAsync(store, VisitsList.Name, cancellationToken))
            .Where(v => v.LookupId(VisitsList.Partner) == partnerId).ToList();
        var reviews = (await ListReader.ReadAllAsync(store, ReviewCyclesList.Name, cancellationToken))
            .Where(r => r.LookupId(ReviewCyclesList.Partner) == partnerId).ToList();
        return new PartnerRegister(partner, plans, goals, updates, activities, visits, reviews);
    }
}
