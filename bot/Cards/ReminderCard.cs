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
    public const string RefreshVerb = "reminder.refresh";

    /// <summary>The due date the card showed, sent back with each button: a retried snooze or done finds it moved and changes nothing.</summary>
    public const string DueField = "due";

    /// <summary>
    /// The reminder for one list item, due in daysLeft days or overdue; it refreshes for <paramref name="refreshFor"/>
    /// (the recipient's Teams user id) to show the item as it is when opened; a review cycle's reminder may link to a fresh
    /// draft of the review (<paramref name="draft"/>).
    /// </summary>
    public static JsonObject Build(BotTexts texts, ItemKey item, string title, DateOnly due, int daysLeft, bool overdue, IEnumerable<string?>? refreshFor = null, Uri? draft = null)
    {
        var date = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var when = overdue
            ? texts.ReminderOverdue(date)
            : texts.ReminderDueIn(date, daysLeft);
        var data = new JsonObject { [CardDataKeys.Item] = item.ToString(), [DueField] = date };
        var card = CardJson.Card(
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
        return CardJson.WithRefresh(card, RefreshVerb, new JsonObject { [CardDataKeys.Item] = item.ToString() }, refreshFor ?? []);
    }

    /// <summary>The reminder after an action: what happened, without buttons; it still refreshes, so a later change shows.</summary>
    public static JsonObject Outcome(BotTexts texts, string title, string outcome, ItemKey? item = null, IEnumerable<string?>? refreshFor = null)
    {
        var card = CardJson.Card([CardJson.Text(texts.ReminderTitle, weight: "bolder"), CardJson.Heading(Markdown.Escape(title)), CardJson.Text(outcome)]);
        return item is null ? card : CardJson.WithRefresh(card, RefreshVerb, new JsonObject { [CardDataKeys.Item] = item.ToString() }, refreshFor ?? []);
    }
}
