using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>"Update now" on a reminder for one subject: the form that updates such an item. A subject without one shows its reminder again.</summary>
public interface IReminderUpdateForm
{
    IReminderSubject Subject { get; }

    Task ShowAsync(Turn turn, RemindedItem item, string email, CancellationToken cancellationToken);
}
