using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Bot.Cards;

/// <summary>The proactive reminder: what is due and when, with Update now, Snooze a week and Mark done.</summary>
public static class ReminderCard
{
    public const string UpdateVerb = "reminder.update";
    public const string SnoozeVerb = "reminder.snooze";
    public const string DoneVerb = "reminder.done";

    /// <summary>
    /// The reminder for one list item, due in daysLeft days or overdue; a review cycle's reminder may link to a fresh
    /// draft of the review (<paramref name="draft"/>).
    /// </summary>
    public static JsonObject Build(BotTexts texts, ItemKey item, string title, DateOnly due, int daysLeft, bool overdue, Uri? draft = null)
    {
        var date = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var when = overdue
            ? texts.ReminderOverdue(date)
            : texts.ReminderDueIn(date, daysLeft);
        var data = new JsonObject { [CardDataKeys.Item] = item.ToString() };
        return CardJson.Card(
            [
                CardJson.Text(texts.ReminderTitle, weight: "bolder", color: overdue ? "attention" : "accent"),
                CardJson.Heading(Markdown.Escape(title)),
                CardJson.Text(when),
            ],
            [
                CardJson.Submit(texts.UpdateNow, UpdateVerb, data, primary: true),
                CardJson.Submit(texts.SnoozeWeek, SnoozeVerb, data),
                CardJson.Submit(texts.MarkDone, DoneVerb, data),
                .. draft is null ? Array.Empty<JsonNode>() : [CardJson.OpenUrl(texts.OpenReviewDraft, draft)],
            ]);
    }

    /// <summary>The reminder after an action: what happened, without buttons.</summary>
    public static JsonObject Outcome(BotTexts texts, string title, string outcome) =>
        CardJson.Card([CardJson.Text(texts.ReminderTitle, weight: "bolder"), CardJson.Heading(Markdown.Escape(title)), CardJson.Text(outcome)]);
}
