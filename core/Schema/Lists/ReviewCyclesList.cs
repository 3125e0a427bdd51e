using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The ReviewCycles list: annual follow-ups, agreement reviews and jubilees, and how a <see cref="ReviewCycle"/> is stored in it.</summary>
public static class ReviewCyclesList
{
    public const string Name = "ReviewCycles";
    public const string Title = "Title";
    public const string Partner = "Partner";
    public const string Kind = "Kind";
    public const string Due = "Due";
    public const string Audience = "Audience";
    public const string Status = "Status";
    public const string IsOverdue = "IsOverdue";
    public const string Assessment = "Assessment";

    public static ListSchema Schema { get; } = new(Name, "Översyner", "Review cycles",
    [
        Columns.Title("Översyn", "Review"),
        Columns.Lookup(Partner, PartnersList.Name, "Vänort", "Partner city") with { Required = true },
        Columns.Choice<ReviewCycleKind>(Kind, "Typ", "Kind") with { Required = true },
        Columns.Date(Due, "Sista dag", "Due") with { Required = true, Indexed = true },
        Columns.Text(Audience, "Mottagare", "Audience"),
        Columns.Choice<ReviewCycleStatus>(Status, "Status", "Status") with { Required = true, Indexed = true },
        Columns.Flag(IsOverdue, "Försenad", "Overdue") with { Indexed = true },
        Columns.Note(Assessment, "Bedömning", "Assessment", 8000),
    ]) { YearColumn = Due };

    public static ListRecords<ReviewCycle> Records { get; } = new(Name, Read);

    /// <summary>The fields of a review cycle; its assessment only when it has one, so a write never clears one a manager wrote.</summary>
    public static Dictionary<string, object?> Fields(ReviewCycle review)
    {
        var fields = new Dictionary<string, object?>
        {
            [Title] = review.Title,
            [Partner] = review.PartnerId,
            [Kind] = RegisterWords.Of(review.Kind),
            [Due] = review.Due,
            [Audience] = review.Audience,
            [Status] = RegisterWords.Of(review.Status),
        };
        if (review.HasAssessment)
        {
            fields[Assessment] = review.Assessment;
        }

        return fields;
    }

    public static ReviewCycle? Read(ListItem item) =>
        item.LookupId(Partner) is { } partner && item.Choice<ReviewCycleKind>(Kind) is { } kind
        && item.Date(Due) is { } due && item.Choice<ReviewCycleStatus>(Status) is { } status
            ? new ReviewCycle(item.Text(Title) ?? string.Empty, partner, kind, due, item.Text(Audience) ?? string.Empty, status, item.Text(Assessment))
            : null;
}
