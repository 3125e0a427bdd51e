using System.Globalization;
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
        var problems = new List<ValidationError>();
        var statusText = values.GetValueOrDefault(ActivityUpdateCard.StatusField);
        ActivityStatus? status = null;
        if (!string.IsNullOrWhiteSpace(statusText))
        {
            if (ChoiceValue.TryParse<ActivityStatus>(statusText, out var chosen))
            {
                status = chosen;
            }
            else
            {
                problems.Add(new ValidationError(ActivityUpdateCard.StatusField, ValidationCode.UnknownChoice));
            }
        }

        var dueText = values.GetValueOrDefault(ActivityUpdateCard.DueField);
        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(dueText))
        {
            if (DateOnly.TryParseExact(dueText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                due = date;
            }
            else
            {
                problems.Add(new ValidationError(ActivityUpdateCard.DueField, ValidationCode.InvalidDate));
            }
        }

        var errors = problems
            .Concat(ActivityUpdateValidator.Validate(new ActivityUpdateDraft(status, due), BusinessTimeZone.Today(time)).Where(e => problems.All(p => p.Field != e.Field)))
            .ToList();
        if (errors.Count > 0)
        {
            await turn.ShowCardAsync(ActivityUpdateCard.Build(turn.Texts, item.Key, item.Title, values, errors), cancellationToken);
            return;
        }

        var saved = await items.SetActivityAsync(item, status!.Value, due, cancellationToken);
        await turn.ShowCardAsync(ReminderCard.Outcome(turn.Texts, saved.Title, turn.Texts.ActivitySaved, saved.Key, [turn.User.Id]), cancellationToken);
    }
}
