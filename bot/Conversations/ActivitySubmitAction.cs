using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>The activity status form's submit: status and follow-up date written to the activity.</summary>
public sealed class ActivitySubmitAction(RemindedItems items) : ICardAction
{
    public string Verb => ActivityUpdateCard.SubmitVerb;

    public async Task HandleAsync(Turn turn, JsonObject data, CancellationToken cancellationToken)
    {
        var item = await items.FromCardAsync(turn, data, cancellationToken);
        if (item is null)
        {
            return;
        }

        if (item.List != ActivitiesList.Name)
        {
            await turn.SayAsync(turn.Texts.ItemGone, cancellationToken);
            return;
        }

        var values = CardValues.From(data);
        var status = Enum.TryParse<ActivityStatus>(values.GetValueOrDefault(ActivityUpdateCard.StatusField), out var parsed) ? parsed : ActivityStatus.Ongoing;
        var dueText = values.GetValueOrDefault(ActivityUpdateCard.DueField);
        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(dueText))
        {
            if (!DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                var problem = Core.Validation.ValidationTexts.Describe(new(ActivityUpdateCard.DueField, Core.Validation.ValidationCode.InvalidDate), turn.Texts.IsEnglish);
                await turn.ShowCardAsync(ActivityUpdateCard.Build(turn.Texts, item.Key, item.Title, status.ToString(), null, problem), cancellationToken);
                return;
            }

            due = date;
        }

        var saved = await items.SetActivityAsync(item, status, due, cancellationToken);
        await turn.ShowCardAsync(ReminderCard.Outcome(turn.Texts, saved.Title, turn.Texts.ActivitySaved), cancellationToken);
    }
}
