using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;

namespace PartnershipTeams.Bot.Cards;

/// <summary>Short read-only lists in chat: the upcoming visits.</summary>
public static class ListingCards
{
    /// <summary>One line of a listing: a title, a date and a short detail.</summary>
    public sealed record Row(string Title, DateOnly? Date, string Detail);

    public static JsonObject UpcomingVisits(BotTexts texts, IReadOnlyList<Row> rows) => Listing(texts.UpcomingVisitsTitle, texts.NoUpcomingVisits, texts.StartLabel, rows);

    private static JsonObject Listing(string title, string empty, string dateLabel, IReadOnlyList<Row> rows)
    {
        var body = new List<JsonNode> { CardJson.Heading(title) };
        if (rows.Count == 0)
        {
            body.Add(CardJson.Text(empty));
        }

        foreach (var row in rows)
        {
            body.Add(CardJson.Container(
            [
                CardJson.Text(Markdown.Escape(row.Title), weight: "bolder"),
                CardJson.Text($"{dateLabel}: {row.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–"} · {Markdown.Escape(row.Detail)}", isSubtle: true),
            ], separator: true));
        }

        return CardJson.Card(body);
    }
}
