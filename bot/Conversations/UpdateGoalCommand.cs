using PartnershipTeams.Bot.Cards;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>"uppdatera mål" / "update goal": the goal update form over the user's own goals.</summary>
public sealed class UpdateGoalCommand(OwnGoals goals, ConversationDirectory directory) : IBotCommand
{
    public string Name => "UpdateGoal";

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var mine = await goals.LoadAsync(await directory.EmailOfAsync(turn, cancellationToken), cancellationToken);
        if (mine.Count == 0)
        {
            await turn.SayAsync(turn.Texts.NoGoals, cancellationToken);
            return;
        }

        await turn.SendCardAsync(GoalUpdateCard.Build(turn.Texts, mine, CardData.NewSubmissionId(), new Dictionary<string, string>(), []), cancellationToken);
    }
}
