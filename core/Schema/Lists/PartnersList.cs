namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The Partners list: one item per partner city.</summary>
public static class PartnersList
{
    public const string Name = "Partners";
    public const string Title = "Title";
    public const string Country = "Country";
    public const string Kind = "Kind";
    public const string AgreementSince = "AgreementSince";
    public const string NextAgreementDue = "NextAgreementDue";
    public const string AmbitionLevel = "AmbitionLevel";
    public const string CoordinatorEmail = "CoordinatorEmail";
    public const string LastContact = "LastContact";

    /// <summary>The municipality's own words for the kinds of partner, as stored in the Kind column.</summary>
    public static readonly IReadOnlyList<string> KindChoices = ["vänort", "samverkansort", "systerort"];

    public static ListSchema Schema { get; } = new(Name, "Vänorter", "Partner cities",
    [
        Columns.Title("Vänort", "Partner city") with { Unique = true, Indexed = true },
        Columns.Text(Country, "Land", "Country"),
        new(Kind, ColumnType.Choice, "Typ av vänort", "Kind") { Choices = KindChoices, Required = true },
        Columns.Date(AgreementSince, "Avtal sedan", "Agreement since"),
        Columns.Date(NextAgreementDue, "Nästa avtal senast", "Next agreement due") with { Indexed = true },
        Columns.Note(AmbitionLevel, "Ambitionsnivå", "Ambition level", 2000),
        Columns.Text(CoordinatorEmail, "Samordnare (e-post)", "Coordinator email"),
        Columns.Date(LastContact, "Senaste kontakt", "Last contact"),
    ]);
}
