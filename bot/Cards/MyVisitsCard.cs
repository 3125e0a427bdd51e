using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Bot.Cards;

/// <summary>"Mina besök": the user's own visit reports, newest first, each with where it stands and what may be done with it.</summary>
public static class MyVisitsCard
{
    public const string CorrectVerb = "visit.correct";
    public const string WithdrawVerb = "visit.withdraw";

    /// <summary>
    /// One report: its title, partner city, dates, when it was reported, where it stands (in words), and the item it is
    /// in the register (null while it is not there yet) with the buttons it gets.
    /// </summary>
    public sealed record Row(string Title, string Partner, DateOnly Start, DateOnly End, DateOnly ReportedOn, string Status, ItemKey? Key, bool CanCorrect, bool CanWithdraw);

    /// <param name="texts">The conversation's language.</param>
    /// <param name="rows">The reports shown, newest first.</param>
    /// <param name="total">How many reports the user has (more than shown when the card holds only the newest).</param>
    /// <param name="notice">What just happened (a withdrawal received), shown first; plain text, escaped here.</param>
    /// <param name="noticeIsAProblem">Whether the notice says something did not work: shown in the attention colour, not the good one.</param>
    public static JsonObject Build(BotTexts texts, IReadOnlyList<Row> rows, int total, string? notice = null, bool noticeIsAProblem = false)
    {
        var body = new List<JsonNode> { CardJson.Heading(texts.MyVisitsTitle) };
        if (notice is not null)
        {
            body.Add(CardJson.Text(Markdown.Escape(notice), weight: "bolder", color: noticeIsAProblem ? "attention" : "good"));
        }

        if (rows.Count == 0)
        {
            body.Add(CardJson.Text(texts.NoVisits));
        }
        else if (total > rows.Count)
        {
            body.Add(CardJson.Text(texts.MyVisitsNewest(rows.Count), isSubtle: true));
        }

        foreach (var row in rows)
        {
            body.Add(CardJson.Container(
            [
                CardJson.Text(Markdown.Escape(row.Title), weight: "bolder"),
                CardJson.Text($"{Markdown.Escape(row.Partner)} · {Date(row.Start)} – {Date(row.End)}", isSubtle: true),
                CardJson.Text($"{texts.ReportedOn(Date(row.ReportedOn))} · {row.Status}", size: "small"),
            ], separator: true));

            // Each report's buttons right under it, in an ActionSet of their own (Universal Actions want buttons in ActionSets).
            var actions = Actions(texts, row).ToList();
            if (actions.Count > 0)
            {
                body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions]) });
            }
        }

        return CardJson.Card(body);
    }

    private static IEnumerable<JsonNode> Actions(BotTexts texts, Row row)
    {
        if (row.Key is not { } key)
        {
            yield break;
        }

        if (row.CanCorrect)
        {
            yield return CardJson.Submit(texts.CorrectVisit, CorrectVerb, new JsonObject { [CardDataKeys.Item] = key.ToString() });
        }

        if (row.CanWithdraw)
        {
            yield return CardJson.Submit(texts.WithdrawVisit, WithdrawVerb, new JsonObject { [CardDataKeys.Item] = key.ToString() });
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
