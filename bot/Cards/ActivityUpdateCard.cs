using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Cards;

/// <summary>"Update now" for an activity: its status and follow-up date.</summary>
public static class ActivityUpdateCard
{
    public const string SubmitVerb = "activity.submit";
    public const string StatusField = ActivityUpdateFields.Status;
    public const string DueField = ActivityUpdateFields.Due;

    /// <summary>The activity's status as the register holds it (null when it does not read as an activity).</summary>
    public static ActivityStatus? StatusOf(RemindedItem item) => ActivitiesList.Read(item.Stored)?.Status;

    /// <summary>The form as the register holds the activity.</summary>
    public static JsonObject Build(BotTexts texts, ItemKey item, string title, ActivityStatus? status, DateOnly? due)
    {
        var values = new Dictionary<string, string>();
        if (status is not null)
        {
            values[StatusField] = status.Value.ToString();
        }

        if (due is not null)
        {
            values[DueField] = due.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return Build(texts, item, title, values, []);
    }

    /// <summary>The form with what the user sent kept, each problem named at its field.</summary>
    public static JsonObject Build(BotTexts texts, ItemKey item, string title, IReadOnlyDictionary<string, string> values, IReadOnlyList<ValidationError> errors)
    {
        var form = new CardForm(texts, values, errors);
        form.Heading(texts.ActivityFormTitle);
        form.Add(CardJson.Text(Markdown.Escape(title), weight: "bolder"));
        form.Field(CardJson.ChoiceInput(StatusField, texts.StatusLabel, Enum.GetValues<ActivityStatus>().Where(s => s != ActivityStatus.Overdue).Select(s => (texts.Domain.Label(s), s.ToString())), form.Value(StatusField), expanded: true));
        form.Field(CardJson.DateInput(DueField, texts.DueLabel, form.Value(DueField)));

        return CardJson.Card(form.Body, [CardJson.Submit(texts.SaveActivity, SubmitVerb, new JsonObject { [CardDataKeys.Item] = item.ToString() }, primary: true)]);
    }
}
