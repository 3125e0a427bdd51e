using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;

namespace PartnershipTeams.Bot.Cards;

/// <summary>The weekly digest for the coordinators' channel: due soon, overdue, and visits reported this week.</summary>
public static class DigestCard
{
    public static JsonObject Build(
        BotTexts texts,
        IReadOnlyList<ListingCards.Row> dueSoon,
        IReadOnlyList<ListingCards.Row> overdue,
        IReadOnlyList<ListingCards.Row> visits,
        IReadOnlyList<ListingCards.Row> uncertainReminders)
    {
        var body = new List<JsonNode> { CardJson.Heading(texts.DigestTitle) };
        Section(body, texts, texts.DigestDueSoon, dueSoon);
        Section(body, texts, texts.DigestOverdue, overdue);
        Section(body, texts, texts.DigestVisitsThisWeek, visits);
        if (uncertainReminders.Count > 0)
        {
            Section(body, texts, texts.DigestUncertainReminders, uncertainReminders);
        }

        return CardJson.Card(body);
    }

    private static void Section(List<JsonNode> body, BotTexts texts, string heading, IReadOnlyList<ListingCards.Row> rows)
    {
        body.Add(CardJson.Text($"{heading} ({rows.Count.ToString(CultureInfo.InvariantCulture)})", weight: "bolder"));
        body.Add(rows.Count == 0
            ? CardJson.Text(texts.DigestNothing, isSubtle: true)
            : CardJson.Facts(rows.Take(15).Select(r => (r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–", $"{Markdown.Escape(r.Title)} · {Markdown.Escape(r.Detail)}"))));
    }
}
