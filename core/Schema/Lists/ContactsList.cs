using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>
/// The Contacts list (Kontakter): the people the cooperation keeps in touch with, and how a <see cref="Contact"/> is
/// stored in it. It holds personal data (email, phone, notes): docs/DATA-INVENTORY.md says why and for how long.
/// </summary>
public static class ContactsList
{
    public const string Name = "Contacts";
    public const string Title = "Title";
    public const string Organisation = "Organisation";
    public const string Role = "Role";
    public const string Partner = "Partner";
    public const string Kind = "Kind";
    public const string Email = "Email";
    public const string Phone = "Phone";
    public const string Notes = "Notes";

    /// <summary>Derived by the sync from the visits (<see cref="Contact.LastContactOn"/>); a manager does not type it.</summary>
    public const string LastContact = "LastContact";

    /// <summary>How to reach a contact goes once nobody has met (nor edited) them for the period; who they are and where stays.</summary>
    private static readonly PersonalData NotMetFor = new(PersonalDataKind.ContactDetails, [LastContact], OrLastChange: true);

    public static ListSchema Schema { get; } = new(Name, "Kontakter", "Contacts",
    [
        Columns.Title("Namn", "Name") with { Indexed = true },
        Columns.Text(Organisation, "Organisation", "Organisation"),
        Columns.Text(Role, "Roll", "Role"),
        Columns.Lookup(Partner, PartnersList.Name, "Vänort", "Partner city"),
        Columns.Choice<ContactKind>(Kind, "Typ av kontakt", "Kind") with { Required = true },
        Columns.Text(Email, "E-post", "Email") with { PersonalData = NotMetFor },
        Columns.Text(Phone, "Telefon", "Phone") with { PersonalData = NotMetFor },
        Columns.Note(Notes, "Anteckningar", "Notes", 4000) with { PersonalData = NotMetFor },
        Columns.Date(LastContact, "Senaste kontakt", "Last contact") with { Indexed = true },
    ]);

    public static ListRecords<Contact> Records { get; } = new(Name, Read);

    public static Dictionary<string, object?> Fields(Contact contact) => new()
    {
        [Title] = contact.Name,
        [Organisation] = contact.Organisation,
        [Role] = contact.Role,
        [Partner] = contact.PartnerId,
        [Kind] = RegisterWords.Of(contact.Kind),
        [Email] = contact.Email,
        [Phone] = contact.Phone,
        [Notes] = contact.Notes,
    };

    public static Contact? Read(ListItem item) =>
        item.Text(Title) is { Length: > 0 } name
            ? new Contact(
                name,
                item.Text(Organisation) ?? string.Empty,
                item.Text(Role) ?? string.Empty,
                item.LookupId(Partner),
                // A required choice: anything else reads as "Annan".
                item.Choice<ContactKind>(Kind) ?? ContactKind.OtherOrganisation,
                item.Text(Email) ?? string.Empty,
                item.Text(Phone) ?? string.Empty,
                item.Text(Notes) ?? string.Empty)
            : null;
}
