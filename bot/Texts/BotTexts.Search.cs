namespace PartnershipTeams.Bot.Texts;

/// <summary>Texts of the contacts command and of the register's search (the message extension) and its result cards.</summary>
public sealed partial class BotTexts
{
    public string ContactsTitle => Text();

    public string ContactsOfPartner(string partner) => Format(nameof(ContactsOfPartner), partner);

    public string NoContacts => Text();

    public string EveryPartner => Text();

    public string ContactKindLabel => Text();

    public string LastContactLabel => Text();

    public string EmailLabel => Text();

    public string PhoneLabel => Text();

    public string RoleLabel => Text();

    public string ResponsibleLabel => Text();

    public string DatesLabel => Text();

    public string OpenInRegister => Text();

    public string PersonalDataHidden => Text();

    /// <summary>What kind of register item a search result is (SearchKind.{kind}).</summary>
    public string SearchKind(Core.Search.SearchKind kind) => Text($"SearchKind.{kind}");
}
