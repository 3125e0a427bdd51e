using System.Globalization;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Reminders.Subjects;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Update now for a goal review: the goal update form with the goal chosen.</summary>
public sealed class GoalUpdateForm(OwnGoals goals) : IReminderUpdateForm
{
    public IReminderSubject Subject => GoalReviewReminders.Subject;

    public async Task ShowAsync(Turn turn, RemindedItem item, string email, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string> { ["Goal"] = item.Key.Id.ToString(CultureInfo.InvariantCulture) };
        await turn.ShowCardAsync(GoalUpdateCard.Build(turn.Texts, await goals.LoadAsync(email, cancellationToken), CardData.NewSubmissionId(), values, []), cancellationToken);
    }
}
