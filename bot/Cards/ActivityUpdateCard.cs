using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Cards;

/// <summary>"Update now" for an activity: its status and follow-up date.</summary>
public static class ActivityUpdateCard
{
    public const string SubmitVerb = "activity.submit";
    public const string StatusField = "ActivityStatus";
    public const string DueField = "FollowUpDue";

    /// <summary>The activity's status as the register holds it (null when it does not read as an activity).</summary>
    public static ActivityStatus? StatusOf(RemindedItem item) => ActivitiesList.Read(item.Stored)?.Status;

    /// <summary>The form; a problem is shown under <paramref name="problemField"/> (the due date unless named).</summary>
    public static JsonObject Build(BotTexts texts, ItemKey item, string title, ActivityStatus? status, DateOnly? due, string? problem = null, string problemField = DueField)
    {
        var body = new List<JsonNode>
        {
            CardJson.Heading(texts.ActivityFormTitle),
            CardJson.Text(Markdown.Escape(title), weight: "bolder"),
        };
        void Field(JsonObject input)
        {
            body.Add(input);
            if (problem is not null && (string)input["id"]! == problemField)
            {
                body.Add(CardJson.Problem(problemField, problem));
            }
        }

        Field(CardJson.ChoiceInput(StatusField, texts.StatusLabel, Enum.GetValues<ActivityStatus>().Where(s => s != ActivityStatus.Overdue).Select(s => (texts.Domain.Label(s), s.ToString())), status?.ToString(), expanded: true));
        Field(CardJson.DateInput(DueField, texts.DueLabel, due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        return CardJson.Card(body, [CardJson.Submit(texts.SaveActivity, SubmitVerb, new JsonObject { [CardDataKeys.Item] = item.ToString() }, primary: true)]);
    }
}
