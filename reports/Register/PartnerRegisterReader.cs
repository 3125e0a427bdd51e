using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Reports.Register;

/// <summary>Reads one partner's part of the register through the list store port (SQLite or SharePoint alike).</summary>
public sealed class PartnerRegisterReader(IListStore store)
{
    /// <summary>Throws <see cref="ItemNotFoundException"/> when there is no such partner (or its item is unreadable).</summary>
    public async Task<PartnerRegister> ReadAsync(int partnerId, CancellationToken cancellationToken)
    {
        var partner = await store.GetAsync(PartnersList.Records, partnerId, cancellationToken)
            ?? throw new ItemNotFoundException($"Partner {partnerId} does not read as a partner.");
        var plans = (await ListReader.ReadAllAsync(store, ActionPlansList.Records, cancellationToken)).Where(p => p.Value.PartnerId == partnerId).ToList();
        var planIds = plans.Select(p => p.Id).ToHashSet();
        var goals = (await ListReader.ReadAllAsync(store, GoalsList.Records, cancellationToken)).Where(g => planIds.Contains(g.Value.ActionPlanId)).ToList();
        var goalIds = goals.Select(g => g.Id).ToHashSet();
        var updates = (await ListReader.ReadAllAsync(store, GoalUpdatesList.Records, cancellationToken)).Where(u => goalIds.Contains(u.Value.GoalId)).ToList();
        var activities = (await ListReader.ReadAllAsync(store, ActivitiesList.Records, cancellationToken)).Where(a => a.Value.PartnerId == partnerId).ToList();
        var visits = (await ListReader.ReadAllAsync(store, VisitsList.NotWithdrawn, cancellationToken)).Where(v => v.Value.PartnerId == partnerId).ToList(); // a withdrawn report is history, not a visit
        var reviews = (await ListReader.ReadAllAsync(store, ReviewCyclesList.Records, cancellationToken)).Where(r => r.Value.PartnerId == partnerId).ToList();
        return new PartnerRegister(new Stored<Core.Domain.Partner>(partnerId, partner), plans, goals, updates, activities, visits, reviews);
    }
}
