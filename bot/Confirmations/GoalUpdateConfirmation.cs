using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Confirmations;

/// <summary>A goal update: the goal, its new status and value.</summary>
public sealed class GoalUpdateConfirmation(OwnGoals goals) : ISubmissionConfirmation
{
    public ISubmissionType Type => SubmissionTypes.GoalUpdate;

    public async Task<JsonObject> CardAsync(Turn turn, AcceptedSubmission stored, string status, CancellationToken cancellationToken)
    {
        var update = SubmissionTypes.GoalUpdate.PayloadOf(stored);
        var title = (await goals.LoadAsync(stored.ReportedBy, cancellationToken)).Where(g => g.Id == update.GoalId).Select(GoalUpdateCard.TitleOf).FirstOrDefault() ?? stored.Title;
        return GoalUpdateCard.Confirmation(turn.Texts, title, update, status, stored.Id, [turn.User.Id]);
    }
}
