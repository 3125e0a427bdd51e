using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Bot.Cards;

/// <summary>"Update now" for an activity: its status and follow-up date.</summary>
public static class ActivityUpdateCard
{
    public const string SubmitVerb = "activity.submit";
    public const string StatusField = "ActivityStatus";
    public const string DueField = "FollowUpDue";

    public static JsonObject Build(BotTexts texts, string itemKey, string title, string? status, DateOnly? due, string? problem = null)
    {
        var english = texts.IsEnglish;
        var body = new List<JsonNode>
        {
            CardJson.Heading(texts.ActivityFormTitle),
            CardJson.Text(Markdown.Escape(title), weight: "bolder"),
            CardJson.ChoiceInput(StatusField, texts.StatusLabel, Enum.GetValues<ActivityStatus>().Where(s => s != ActivityStatus.Overdue).Select(s => (ChoiceLabels.For(s, english), s.ToString())), status, expanded: true),
            CardJson.DateInput(DueField, texts.DueLabel, due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
        if (problem is not null)
        {
            body.Add(CardJson.Problem(DueField, problem));
        }

        return CardJson.Card(body, [CardJson.Submit(texts.SaveActivity, SubmitVerb, new JsonObject { ["item"] = itemKey }, primary: true)]);
    }
}
