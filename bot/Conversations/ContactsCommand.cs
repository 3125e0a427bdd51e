using PartnershipTeams.Application.Register;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Search;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// "kontakter [vänort]" / "contacts [partner]": the people the cooperation keeps in touch with (a partner's own and
/// those who serve every partnership, such as Utrikesdepartementet), with when we last met them. Emails and phone
/// numbers only for coordinators (<see cref="Disclosure"/>).
/// </summary>
public sealed class ContactsCommand(IListStore store, PartnerChoices partners, Coordinators coordinators, ConversationDirectory directory) : IBotCommand
{
    private const int Shown = 25;

    public string Name => "Contacts";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var known = await partners.LoadAsync(cancellationToken);
        var named = PartnerNamed(turn, known);
        var email = await directory.EmailOfAsync(turn, cancellationToken);
        var coordinator = await coordinators.IsCoordinatorAsync(email, cancellationToken);
        var contacts = await store.QueryAsync(ContactsList.Name, ListQuery.All, cancellationToken);
        var titles = known.ToDictionary(p => p.Id, p => p.Title);
        var rows = contacts
            .Select(item => (Item: item, Contact: ContactsList.Read(item)))
            .Where(c => c.Contact is not null && (named is null || c.Contact.PartnerId is null || c.Contact.PartnerId == named.Value.Id))
            .OrderBy(c => c.Contact!.PartnerId is null ? 0 : 1)
            .ThenBy(c => c.Contact!.Organisation, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true))
            .Take(Shown)
            .Select(c => new ContactsCard.Row(
                c.Contact!,
                c.Contact!.PartnerId is { } p ? titles.GetValueOrDefault(p) : null,
                c.Item.Date(ContactsList.LastContact),
                Disclosure.ShowsPersonalData(email, [], coordinator)))
            .ToList();
        await turn.SendCardAsync(ContactsCard.Build(turn.Texts, named?.Title, rows), cancellationToken);
    }

    /// <summary>The partner named after the command's words ("kontakter guangzhou"), å/ä/ö and case as typed; null when none is.</summary>
    private static (int Id, string Title)? PartnerNamed(Turn turn, IReadOnlyList<(int Id, string Title)> partners)
    {
        var words = SearchText.Words(turn.Input is TextInput typed ? typed.Text : null);
        foreach (var partner in partners)
        {
            var title = SearchText.Words(partner.Title);
            if (title.Length > 0 && Enumerable.Range(0, Math.Max(0, words.Length - title.Length + 1)).Any(i => words.Skip(i).Take(title.Length).SequenceEqual(title)))
            {
                return partner;
            }
        }

        return null;
    }
}
