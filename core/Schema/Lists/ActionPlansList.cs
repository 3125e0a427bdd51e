using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The ActionPlans list: handlingsplaner per partner and period, and how an <see cref="ActionPlan"/> is stored in it.</summary>
public static class ActionPlansList
{
    public const string Name = "ActionPlans";
    public const string Title = "Title";
    public const string Partner = "Partner";
    public const string PeriodStart = "PeriodStart";
    public const string PeriodEnd = "PeriodEnd";
    public const string Owner = "Owner";

    public static ListSchema Schema { get; } = new(Name, "Handlingsplaner", "Action plans",
    [
        Columns.Title("Handlingsplan", "Action plan"),
        Columns.Lookup(Partner, PartnersList.Name, "Vänort", "Partner city") with { Required = true },
        Columns.Date(PeriodStart, "Period från", "Period start") with { Required = true },
        Columns.Date(PeriodEnd, "Period till", "Period end") with { Required = true },
        Columns.Text(Owner, "Ansvarig förvaltning", "Owner (department)"),
    ]) { YearColumn = PeriodStart };

    public static ListRecords<ActionPlan> Records { get; } = new(Name, Read);

    public static Dictionary<string, object?> Fields(ActionPlan plan) => new()
    {
        [Title] = plan.Title,
        [Partner] = plan.PartnerId,
        [PeriodStart] = plan.PeriodStart,
        [PeriodEnd] = plan.PeriodEnd,
        [Owner] = plan.Owner,
    };

    public static ActionPlan? Read(ListItem item) =>
        item.LookupId(Partner) is { } partner && item.Date(PeriodStart) is { } start && item.Date(PeriodEnd) is { } end
            ? new ActionPlan(item.Text(Title) ?? string.Empty, partner, start, end, item.Text(Owner) ?? string.Empty)
            : null;
}
