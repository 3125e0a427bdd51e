using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Reports.Register;

/// <summary>What the register holds about one partner: its item and the items of every list that belong to it.</summary>
public sealed record PartnerRegister(
    ListItem Partner,
    IReadOnlyList<ListItem> Plans,
    IReadOnlyList<ListItem> Goals,
    IReadOnlyList<ListItem> GoalUpdates,
    IReadOnlyList<ListItem> Activities,
    IReadOnlyList<ListItem> Visits,
    IReadOnlyList<ListItem> Reviews);
