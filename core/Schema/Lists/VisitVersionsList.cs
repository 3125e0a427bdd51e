using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>
/// The VisitVersions list: the history of visits changed from Teams, append-only like GoalUpdates. Each correction and
/// withdrawal is an item with the visit as it then read, who changed it and when; before a visit's first change its
/// original version is kept too, so nothing a visit ever said is lost. Kept in the register (not only in the app's
/// submission log) because that is what managers browse and the review reads, and the log is the app's bookkeeping.
/// </summary>
public static class VisitVersionsList
{
    public const string Name = "VisitVersions";
    public const string Visit = "Visit";
    public const string Change = "Change";
    public const string ChangedByEmail = "ChangedByEmail";
    public const string ChangedAt = "ChangedAt";
    public const string Applied = "Applied";
    public const string SubmissionId = "SubmissionId";

    /// <summary>The visit's own columns a version keeps (what a correction may change), as the Visits list defines them.</summary>
    public static IReadOnlyList<string> ContentColumns { get; } =
    [
        VisitsList.Title, VisitsList.Partner, VisitsList.Direction, VisitsList.Start, VisitsList.End, VisitsList.Organisations,
        VisitsList.Participants, VisitsList.Purpose, VisitsList.Themes, VisitsList.DemocracyDialogue, VisitsList.DemocracyDialogueNote,
        VisitsList.Outcomes, VisitsList.Costs, VisitsList.CostSek,
    ];

    public static ListSchema Schema { get; } = new(Name, "Besöksversioner", "Visit versions",
    [
        .. Content().Take(1),
        Columns.Lookup(Visit, VisitsList.Name, "Besök (i registret)", "Visit (in the register)") with { Required = true },
        Columns.Choice<VisitChange>(Change, "Ändring", "Change") with { Required = true },
        Columns.Text(ChangedByEmail, "Ändrad av", "Changed by") with { PersonalData = new(PersonalDataKind.ReporterEmails, [ChangedAt]) },
        Columns.Instant(ChangedAt, "Ändrad", "Changed at") with { Required = true, Indexed = true },
        Columns.Flag(Applied, "Införd i besöket", "Applied to the visit"),
        .. Content().Skip(1),
        Columns.SubmissionId() with { Required = true },
    ]);

    public static ListRecords<VisitVersion> Records { get; } = new(Name, Read);

    /// <summary>The fields a correction sets on the visit's item: its content, never who reported it, when, or under which id.</summary>
    public static Dictionary<string, object?> ContentFields(Domain.Visit visit) =>
        VisitsList.Fields(visit).Where(f => ContentColumns.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value);

    public static Dictionary<string, object?> Fields(VisitVersion version)
    {
        var fields = ContentFields(version.Content);
        fields[Visit] = version.VisitId;
        fields[Change] = RegisterWords.Of(version.Change);
        fields[ChangedByEmail] = version.ChangedByEmail;
        fields[ChangedAt] = version.ChangedAt;
        fields[Applied] = version.Applied;
        fields[SubmissionId] = version.SubmissionId;
        return fields;
    }

    /// <summary>A version as its item holds it, or null when a required value is unreadable.</summary>
    public static VisitVersion? Read(ListItem item) =>
        item.LookupId(Visit) is { } visit && item.Choice<VisitChange>(Change) is { } change && item.Instant(ChangedAt) is { } at
        && VisitsList.Read(item) is { } content
            ? new VisitVersion(visit, change, content, item.Text(ChangedByEmail) ?? string.Empty, at, item.Flag(Applied), item.Text(SubmissionId) ?? string.Empty)
            : null;

    /// <summary>The content columns as the Visits list defines them (same types and limits); none but the title required, none indexed: history is never refused.</summary>
    private static IEnumerable<ColumnDefinition> Content() =>
        ContentColumns.Select(name => VisitsList.Schema.FindColumn(name)! with { Required = name == VisitsList.Title, Indexed = false, Unique = false });
}
