namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The ActionPlans list: handlingsplaner per partner and period.</summary>
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
    ]);
}
