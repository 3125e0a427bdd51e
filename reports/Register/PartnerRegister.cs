using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Reports.Register;

/// <summary>What the register holds about one partner, read as domain records (items a manager left unreadable are left out).</summary>
public sealed record PartnerRegister(
    Stored<Partner> Partner,
    IReadOnlyList<Stored<ActionPlan>> Plans,
    IReadOnlyList<Stored<Goal>> Goals,
    IReadOnlyList<Stored<GoalUpdate>> GoalUpdates,
    IReadOnlyList<Stored<Activity>> Activities,
    IReadOnlyList<Stored<Visit>> Visits,
    IReadOnlyList<Stored<ReviewCycle>> Reviews);
