using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema;

/// <summary>Short constructors for column definitions, so each list schema reads as a table.</summary>
internal static class Columns
{
    public static ColumnDefinition Title(string sv = "Titel", string en = "Title") =>
        new("Title", ColumnType.Text, sv, en) { Required = true };

    public static ColumnDefinition Text(string name, string sv, string en) => new(name, ColumnType.Text, sv, en);

    public static ColumnDefinition Note(string name, string sv, string en, int maxLength = ColumnDefinition.NoteLimit) =>
        new(name, ColumnType.Note, sv, en) { MaxLength = maxLength };

    public static ColumnDefinition Number(string name, string sv, string en) => new(name, ColumnType.Number, sv, en);

    public static ColumnDefinition Kronor(string name, string sv, string en) => new(name, ColumnType.Number, sv, en) { IsKronor = true };

    public static ColumnDefinition Flag(string name, string sv, string en) => new(name, ColumnType.Boolean, sv, en);

    public static ColumnDefinition Date(string name, string sv, string en) => new(name, ColumnType.Date, sv, en);

    public static ColumnDefinition Instant(string name, string sv, string en) => new(name, ColumnType.DateTime, sv, en);

    public static ColumnDefinition Lookup(string name, string list, string sv, string en) =>
        new(name, ColumnType.Lookup, sv, en) { LookupList = list, Indexed = true };

    public static ColumnDefinition Choice<TEnum>(string name, string sv, string en)
        where TEnum : struct, Enum =>
        new(name, ColumnType.Choice, sv, en) { Choices = RegisterWords.All<TEnum>() };

    public static ColumnDefinition Themes(string name, string sv, string en) =>
        new(name, ColumnType.MultiChoice, sv, en) { Choices = RegisterWords.All<ThematicArea>() };

    public static ColumnDefinition SubmissionId() =>
        new("SubmissionId", ColumnType.Text, "Inlämnings-id", "Submission id") { Unique = true, Indexed = true };
}
