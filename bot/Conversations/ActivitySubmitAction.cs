using System.Globalization;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Reminders.Subjects;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Validation;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>The activity status form's submit: status and follow-up date written to the activity.</summary>
public sealed class ActivitySubmitAction(RemindedItems items, ReminderCardItems cards) : ICardAction
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
        var statusText = values.GetValueOrDefault(ActivityUpdateCard.StatusField);
        if (!ChoiceValue.TryParse<ActivityStatus>(statusText, out var status) || status == ActivityStatus.Overdue)
        {
            var problem = turn.Texts.Domain.Describe(new(ActivityUpdateCard.StatusField, string.IsNullOrEmpty(statusText) ? ValidationCode.Required : ValidationCode.UnknownChoice));
            await turn.ShowCardAsync(ActivityUpdateCard.Build(turn.Texts, item.Key, item.Title, ActivityUpdateCard.StatusOf(item), item.Due, problem, ActivityUpdateCard.StatusField), cancellationToken);
            return;
        }

        var dueText = values.GetValueOrDefault(ActivityUpdateCard.DueField);
        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(dueText))
        {
            if (!DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                var problem = turn.Texts.Domain.Describe(new(ActivityUpdateCard.DueField, ValidationCode.InvalidDate));
                await turn.ShowCardAsync(ActivityUpdateCard.Build(turn.Texts, item.Key, item.Title, status, null, problem), cancellationToken);
                return;
            }

            due = date;
        }

        var saved = await items.SetActivityAsync(item, status, due, cancellationToken);
        await turn.ShowCardAsync(ReminderCard.Outcome(turn.Texts, saved.Title, turn.Texts.ActivitySaved, saved.Key, [turn.User.Id]), cancellationToken);
    }
}
