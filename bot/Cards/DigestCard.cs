using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Bot.Texts;

namespace PartnershipTeams.Bot.Cards;

/// <summary>
/// The weekly digest for the coordinators' channel: due soon, overdue, visits reported this week, and what needs a
/// person: reminders that may not have arrived, submissions that did not reach the register.
/// </summary>
public static class DigestCard
{
    public static JsonObject Build(BotTexts texts, DigestContent sections)
    {
        var body = new List<JsonNode> { CardJson.Heading(texts.DigestTitle) };
        Section(body, texts, texts.DigestDueSoon, sections.DueSoon);
        Section(body, texts, texts.DigestOverdue, sections.Overdue);
        Section(body, texts, texts.DigestVisitsThisWeek, sections.Visits);
        if (sections.UncertainReminders.Count > 0)
        {
            Section(body, texts, texts.DigestUncertainReminders, sections.UncertainReminders);
        }

        if (sections.UnreachableReminders.Count > 0)
        {
            Section(body, texts, texts.DigestUnreachable, sections.UnreachableReminders);
        }

        if (sections.StuckSubmissions.Count > 0)
        {
            Section(body, texts, texts.DigestStuckSubmissions, sections.StuckSubmissions);
        }

        return CardJson.Card(body);
    }

    private static void Section(List<JsonNode> body, BotTexts texts, string heading, IReadOnlyList<DigestRow> rows)
    {
        body.Add(CardJson.Text($"{heading} ({rows.Count.ToString(CultureInfo.InvariantCulture)})", weight: "bolder"));
        body.Add(rows.Count == 0
            ? CardJson.Text(texts.DigestNothing, isSubtle: true)
            : CardJson.Facts(rows.Take(15).Select(r => (r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–", $"{Markdown.Escape(r.Title)} · {Markdown.Escape(Who(texts, r))}"))));
    }

    /// <summary>Who the row is about, and for a reminder that could not be delivered, why.</summary>
    private static string Who(BotTexts texts, DigestRow row) =>
        row.Why is { } why ? $"{row.Who} – {texts.Unreachable(why.ToString())}" : row.Who;
}
