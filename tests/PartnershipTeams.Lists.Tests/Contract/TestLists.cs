using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Tests.Contract;

/// <summary>A list with one column of every type, used by the contract tests of every adapter.</summary>
public static class TestLists
{
    public const string Things = "Things";
    public const string Others = "Others";

    public static ListSchema ThingsSchema { get; } = new(Things, "Saker", "Things",
    [
        new("Title", ColumnType.Text, "Titel", "Title") { Required = true },
        new("Code", ColumnType.Text, "Kod", "Code") { Unique = true, Indexed = true },
        new("Category", ColumnType.Choice, "Kategori", "Category") { Choices = ["A", "B", "C"], Indexed = true },
        new("Tags", ColumnType.MultiChoice, "Etiketter", "Tags") { Choices = ["red", "green", "blue"] },
        new("Amount", ColumnType.Number, "Belopp", "Amount"),
        new("Active", ColumnType.Boolean, "Aktiv", "Active"),
        new("Due", ColumnType.Date, "Senast", "Due") { Indexed = true },
        new("At", ColumnType.DateTime, "Tidpunkt", "At") { Indexed = true },
        new("Parent", ColumnType.Lookup, "Förälder", "Parent") { LookupList = Things, Indexed = true },
        new("Notes", ColumnType.Note, "Anteckningar", "Notes") { MaxLength = 50 },
        new("Owner", ColumnType.Text, "Ägare", "Owner") { Indexed = true },
        new("Free", ColumnType.Text, "Fritext", "Free"),
    ]);

    public static ListSchema OthersSchema { get; } = new(Others, "Andra", "Others",
    [
        new("Title", ColumnType.Text, "Titel", "Title") { Required = true },
    ]);

    public static IReadOnlyList<ListSchema> All { get; } = [ThingsSchema, OthersSchema];
}
