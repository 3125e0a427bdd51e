using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Bot.Cards;

/// <summary>
/// "Mina uppföljningar": the user's open follow-ups, soonest first, each with the reminder's actions (Update now,
/// Snooze a week, Mark done); an overdue one says so in words as well as in colour.
/// </summary>
public static class FollowUpsCard
{
    /// <summary>
    /// One open follow-up as the list shows it: its follow-up date (what the buttons act on; a retried press finds it
    /// moved), else its end date to show, its status and whether it is overdue.
    /// </summary>
    public sealed record Row(ItemKey Item, string Title, DateOnly? FollowUpDue, DateOnly? End, ActivityStatus Status, bool IsOverdue);

    public static JsonObject Build(BotTexts texts, IReadOnlyList<Row> rows)
    {
        var body = new List<JsonNode> { CardJson.Heading(texts.FollowUpsTitle) };
        if (rows.Count == 0)
        {
            body.Add(CardJson.Text(texts.NoFollowUps));
        }

        foreach (var row in rows)
        {
            var due = (row.FollowUpDue ?? row.End)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";
            // Overdue is said once, in words and colour, even where a manager set the status to it.
            var status = row.IsOverdue && row.Status == ActivityStatus.Overdue ? string.Empty : $" · {texts.Domain.Label(row.Status)}";
            var items = new List<JsonNode>
            {
                CardJson.Text(Markdown.Escape(row.Title), weight: "bolder"),
                CardJson.Text($"{texts.DueLabel}: {due}{status}", isSubtle: true),
            };
            if (row.IsOverdue)
            {
                items.Add(CardJson.Text(texts.Domain.Label(ActivityStatus.Overdue), weight: "bolder", color: "attention"));
            }

            var data = new JsonObject { [CardDataKeys.Item] = row.Item.ToString(), [ReminderCard.DueField] = row.FollowUpDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            items.Add(CardJson.Actions(
            [
                CardJson.Submit(texts.UpdateNow, ReminderCard.UpdateVerb, (JsonObject)data.DeepClone(), primary: true),
                CardJson.Submit(texts.SnoozeWeek, ReminderCard.SnoozeVerb, (JsonObject)data.DeepClone()),
                CardJson.Submit(texts.MarkDone, ReminderCard.DoneVerb, (JsonObject)data.DeepClone()),
            ]));
            body.Add(CardJson.Container(items, separator: true));
        }

        return CardJson.Card(body);
    }
}
