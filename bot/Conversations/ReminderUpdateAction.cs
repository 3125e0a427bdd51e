using System.Globalization;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Update now: the goal update form for a goal, the status form for an activity, the reminder again for a review.</summary>
public sealed class ReminderUpdateAction(RemindedItems items, ConversationDirectory directory, OwnGoals goals) : ICardAction
{
    public string Verb => ReminderCard.UpdateVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var email = await directory.EmailOfAsync(turn, cancellationToken);
        var item = await items.FindAsync(card.Value(CardDataKeys.Item), email, cancellationToken);
        switch (item?.Key.List)
        {
            case null:
                await turn.SayAsync(turn.Texts.ItemGone, cancellationToken);
                break;
            case GoalsList.Name:
                var values = new Dictionary<string, string> { ["Goal"] = item.Key.Id.ToString(CultureInfo.InvariantCulture) };
                await turn.ShowCardAsync(GoalUpdateCard.Build(turn.Texts, await goals.LoadAsync(email, cancellationToken), CardData.NewSubmissionId(), values, []), cancellationToken);
                break;
            case ActivitiesList.Name:
                await turn.ShowCardAsync(ActivityUpdateCard.Build(turn.Texts, item.Key, item.Title, item.ActivityStatus, item.Due), cancellationToken);
                break;
            default:
                await turn.ShowCardAsync(ReminderCard.Build(turn.Texts, item.Key, item.Title, item.Due ?? DateOnly.MinValue, 0, overdue: false, [turn.User.Id]), cancellationToken);
                break;
        }
    }
}
