using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Reminders.Subjects;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>Update now for a follow-up: the activity's status and follow-up date.</summary>
public sealed class ActivityUpdateForm : IReminderUpdateForm
{
    public IReminderSubject Subject => FollowUpReminders.Subject;

    public Task ShowAsync(Turn turn, RemindedItem item, string email, CancellationToken cancellationToken) =>
        turn.ShowCardAsync(ActivityUpdateCard.Build(turn.Texts, item.Key, item.Title, ActivityUpdateCard.StatusOf(item), item.Due), cancellationToken);
}
