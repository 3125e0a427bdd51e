using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The ReviewCycles list: annual follow-ups, agreement reviews and jubilees.</summary>
public static class ReviewCyclesList
{
    public const string Name = "ReviewCycles";
    public const string Title = "Title";
    public const string Partner = "Partner";
    public const string Kind = "Kind";
    public const string Due = "Due";
    public const string Audience = "Audience";
    public const string Status = "Status";

    public static ListSchema Schema { get; } = new(Name, "Översyner", "Review cycles",
    [
        Columns.Title("Översyn", "Review"),
        Columns.Lookup(Partner, PartnersList.Name, "Vänort", "Partner city") with { Required = true },
        Columns.Choice<ReviewCycleKind>(Kind, "Typ", "Kind") with { Required = true },
        Columns.Date(Due, "Sista dag", "Due") with { Required = true, Indexed = true },
        Columns.Text(Audience, "Mottagare", "Audience"),
        Columns.Choice<ReviewCycleStatus>(Status, "Status", "Status") with { Required = true, Indexed = true },
    ]);
}
