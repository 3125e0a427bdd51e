using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Mark done: the activity is done, the review reported, or the goal reviewed (next review a quarter on).</summary>
public sealed class ReminderDoneAction(RemindedItems items) : ICardAction
{
    public string Verb => ReminderCard.DoneVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        if (await items.FromCardAsync(turn, card, cancellationToken) is not { } item)
        {
            return;
        }

        var done = await items.MarkDoneAsync(item, cancellationToken);
        await turn.ShowCardAsync(ReminderCard.Outcome(turn.Texts, done.Title, turn.Texts.MarkedDone), cancellationToken);
    }
}
