using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>The Partners list: one item per partner city, and how a <see cref="Partner"/> is stored in it.</summary>
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

    public static ListSchema Schema { get; } = new(Name, "Vänorter", "Partner cities",
    [
        Columns.Title("Vänort", "Partner city") with { Unique = true, Indexed = true },
        Columns.Text(Country, "Land", "Country"),
        Columns.Choice<PartnerKind>(Kind, "Typ av vänort", "Kind") with { Required = true },
        Columns.Date(AgreementSince, "Avtal sedan", "Agreement since"),
        Columns.Date(NextAgreementDue, "Nästa avtal senast", "Next agreement due") with { Indexed = true },
        Columns.Note(AmbitionLevel, "Ambitionsnivå", "Ambition level", 2000),
        Columns.Text(CoordinatorEmail, "Samordnare (e-post)", "Coordinator email"),
        Columns.Date(LastContact, "Senaste kontakt", "Last contact"),
    ]);

    public static ListRecords<Partner> Records { get; } = new(Name, Read);

    public static Dictionary<string, object?> Fields(Partner partner) => new()
    {
        [Title] = partner.Title,
        [Country] = partner.Country,
        [Kind] = RegisterWords.Of(partner.Kind),
        [AgreementSince] = partner.AgreementSince,
        [NextAgreementDue] = partner.NextAgreementDue,
        [AmbitionLevel] = partner.AmbitionLevel,
        [CoordinatorEmail] = partner.CoordinatorEmail,
    };

    public static Partner? Read(ListItem item) =>
        item.Text(Title) is { } title
            ? new Partner(
                title,
                item.Text(Country) ?? string.Empty,
                // A required choice: anything else reads as the everyday "vänort".
                item.Choice<PartnerKind>(Kind) ?? PartnerKind.Friendship,
                item.Date(AgreementSince),
                item.Date(NextAgreementDue),
                item.Text(AmbitionLevel) ?? string.Empty,
                item.Text(CoordinatorEmail) ?? string.Empty)
            : null;
}
