using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The GoalUpdates list: the append-only history of goal reports.</summary>
public static class GoalUpdatesList
{
    public const string Name = "GoalUpdates";
    public const string Title = "Title";
    public const string Goal = "Goal";
    public const string Status = "Status";
    public const string Current = "Current";
    public const string Comment = "Comment";
    public const string ReportedByEmail = "ReportedByEmail";
    public const string ReportedAt = "ReportedAt";
    public const string SubmissionId = "SubmissionId";

    public static ListSchema Schema { get; } = new(Name, "Måluppföljningar", "Goal updates",
    [
        Columns.Title("Rubrik", "Title"),
        Columns.Lookup(Goal, GoalsList.Name, "Uppnåendemål", "Goal") with { Required = true },
        Columns.Choice<GoalStatus>(Status, "Status", "Status") with { Required = true },
        Columns.Number(Current, "Nuvarande värde", "Current"),
        Columns.Note(Comment, "Kommentar", "Comment", 4000),
        Columns.Text(ReportedByEmail, "Rapporterad av", "Reported by") with { Required = true },
        Columns.Instant(ReportedAt, "Rapporterad", "Reported at") with { Required = true, Indexed = true },
        Columns.SubmissionId() with { Required = true },
    ]);
}
