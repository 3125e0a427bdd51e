using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Mark done: the activity is done, the review reported, or the goal reviewed (next review a quarter on).</summary>
public sealed class ReminderDoneAction(RemindedItems items) : ICardAction
{
    public string Verb => ReminderCard.DoneVerb;

    public async Task HandleAsync(Turn turn, JsonObject data, CancellationToken cancellationToken)
    {
        if (await items.FromCardAsync(turn, data, cancellationToken) is not { } item)
        {
            return;
        }

        var done = await items.MarkDoneAsync(item, cancellationToken);
        await turn.ShowCardAsync(ReminderCard.Outcome(turn.Texts, done.Title, turn.Texts.MarkedDone), cancellationToken);
    }
}
