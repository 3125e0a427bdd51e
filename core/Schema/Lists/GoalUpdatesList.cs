using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The GoalUpdates list: the append-only history of goal reports, and how a <see cref="GoalUpdate"/> is stored in it.</summary>
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
        Columns.Text(ReportedByEmail, "Rapporterad av", "Reported by") with { Required = true, PersonalData = new(PersonalDataKind.ReporterEmails, [ReportedAt]) },
        Columns.Instant(ReportedAt, "Rapporterad", "Reported at") with { Required = true, Indexed = true },
        Columns.SubmissionId() with { Required = true },
    ]) { YearColumn = ReportedAt };

    public static ListRecords<GoalUpdate> Records { get; } = new(Name, Read);

    /// <summary>A goal update as its history item; <paramref name="goalTitle"/> names it for people browsing the list.</summary>
    public static Dictionary<string, object?> Fields(GoalUpdate update, string goalTitle) => new()
    {
        [Title] = StorableText.Fit($"{goalTitle} – {update.ReportedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"),
        [Goal] = update.GoalId,
        [Status] = RegisterWords.Of(update.Status),
        [Current] = update.Current,
        [Comment] = update.Comment,
        [ReportedByEmail] = update.ReportedByEmail,
        [ReportedAt] = update.ReportedAt,
        [SubmissionId] = update.SubmissionId,
    };

    /// <summary>The report an item records, or null when a manager left it unreadable.</summary>
    public static GoalUpdate? Read(ListItem item) =>
        item.LookupId(Goal) is { } goal && item.Choice<GoalStatus>(Status) is { } status && item.Instant(ReportedAt) is { } reportedAt
            ? new GoalUpdate(
                goal,
                status,
                item.Amount(Current),
                item.Text(Comment),
                item.Text(ReportedByEmail) ?? string.Empty,
                reportedAt,
                item.Text(SubmissionId) ?? string.Empty)
            : null;
}
