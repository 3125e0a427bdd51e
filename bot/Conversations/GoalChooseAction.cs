using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Validation;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>A goal chosen among the user's several: the goal update form for it, in place, pre-filled with where it stands.</summary>
public sealed class GoalChooseAction(OwnGoals goals, ConversationDirectory directory) : ICardAction
{
    public string Verb => GoalUpdateCard.ChooseVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var mine = await goals.LoadAsync(await directory.EmailOfAsync(turn, cancellationToken), cancellationToken);
        if (mine.Count == 0)
        {
            await turn.SayAsync(turn.Texts.NoGoals, cancellationToken);
            return;
        }

        // Not one of the user's goals (someone else's, or gone): the choice again, among the user's own.
        var values = new Dictionary<string, string>();
        if (card.Value(GoalUpdateFields.Goal) is { } goal && mine.Any(g => g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == goal))
        {
            values[GoalUpdateFields.Goal] = goal;
        }

        await turn.ShowCardAsync(GoalUpdateCard.Build(turn.Texts, mine, CardData.NewSubmissionId(), values, []), cancellationToken);
    }
}
