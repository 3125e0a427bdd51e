using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Update now: the subject's own form (<see cref="IReminderUpdateForm"/>), else the reminder again.</summary>
public sealed class ReminderUpdateAction(RemindedItems items, ConversationDirectory directory, IEnumerable<IReminderUpdateForm> forms) : ICardAction
{
    public string Verb => ReminderCard.UpdateVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var email = await directory.EmailOfAsync(turn, cancellationToken);
        var item = await items.FindAsync(card.Value(CardDataKeys.Item), email, cancellationToken);
        if (item is null)
        {
            await turn.SayAsync(turn.Texts.ItemGone, cancellationToken);
        }
        else if (forms.FirstOrDefault(f => f.Subject == item.Subject) is { } form)
        {
            await form.ShowAsync(turn, item, email, cancellationToken);
        }
        else
        {
            await turn.ShowCardAsync(ReminderCard.Build(turn.Texts, item.Key, item.Title, item.Due ?? DateOnly.MinValue, 0, item.IsOverdue, [turn.User.Id]), cancellationToken);
        }
    }
}
