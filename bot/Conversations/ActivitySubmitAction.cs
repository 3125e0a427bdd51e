using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Reminders.Subjects;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Core.Validation;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The activity status form's submit: status and follow-up date checked (<see cref="ActivityUpdateValidator"/>, the
/// register's one date window) and written to the activity; a problem brings the form back with what was sent kept.
/// </summary>
public sealed class ActivitySubmitAction(RemindedItems items, ReminderCardItems cards, TimeProvider time) : ICardAction
{
    public string Verb => ActivityUpdateCard.SubmitVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var item = await cards.FromCardAsync(turn, card, cancellationToken);
        if (item is null)
        {
            return;
        }

        if (item.Subject != FollowUpReminders.Subject)
        {
            await turn.SayAsync(turn.Texts.ItemGone, cancellationToken);
            return;
        }

        var values = CardValues.From(card);
        var form = new FormReader(values);
        var status = form.Choice<ActivityStatus>(ActivityUpdateCard.StatusField);
        var due = form.Date(ActivityUpdateCard.DueField);
        var errors = form.Checked(ActivityUpdateValidator.Validate(new ActivityUpdateDraft(status, due), BusinessTimeZone.Today(time)));
        if (errors.Count > 0)
        {
            await turn.ShowCardAsync(ActivityUpdateCard.Build(turn.Texts, item.Key, item.Title, values, errors), cancellationToken);
            return;
        }

        var saved = await items.SetActivityAsync(item, status!.Value, due, cancellationToken);
        await turn.ShowCardAsync(ReminderCard.Outcome(turn.Texts, saved.Title, turn.Texts.ActivitySaved, saved.Key, [turn.User.Id]), cancellationToken);
    }
}
