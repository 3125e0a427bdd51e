using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Bot.Cards;

/// <summary>What the user sees once a visit report is safely received: a summary of what was sent.</summary>
public static class VisitConfirmationCard
{
    public const string RefreshVerb = "visit.refresh";

    /// <summary>
    /// The confirmation; with a submission id it refreshes for <paramref name="refreshFor"/> (the reporter), showing
    /// where the report stands (<paramref name="status"/>: received, in the register, or stuck) whenever it is opened.
    /// <paramref name="wording"/> replaces the report's heading and first line (a correction says it is one).
    /// </summary>
    public static JsonObject Build(BotTexts texts, Visit visit, string partnerTitle, string? status = null, string? submissionId = null, IEnumerable<string?>? refreshFor = null, (string Heading, string Body)? wording = null)
    {
        var facts = new List<(string, string)>
        {
            (texts.VisitTitleLabel, Markdown.Escape(visit.Title)),
            (texts.PartnerLabel, Markdown.Escape(partnerTitle)),
            (texts.DirectionLabel, texts.Domain.Label(visit.Direction)),
            (texts.StartLabel, Date(visit.Start)),
            (texts.EndLabel, Date(visit.End)),
            (texts.ThemesLabel, string.Join(", ", visit.Themes.Select(texts.Domain.Label))),
            (texts.DemocracyFact, texts.Domain.Label(visit.DemocracyDialogue)),
            (texts.GenderEqualityFact, visit.GenderEquality is { } equality ? texts.Domain.Label(equality) : string.Empty),
        };
        if (visit.Composition is { } composition)
        {
            facts.Add((texts.CompositionFact, texts.Composition(composition.Women, composition.Men, composition.OtherOrNotStated)));
        }

        var body = new List<JsonNode>
        {
            CardJson.Heading(wording?.Heading ?? texts.VisitReceivedTitle),
            CardJson.Text(wording?.Body ?? texts.VisitReceivedBody),
            CardJson.Facts(facts.Where(f => f.Item2.Length > 0)),
        };

        // Texts typed on several lines keep their lines: a TextBlock (and a fact) shows a single line break as a space in
        // Teams, so each line is a block of its own; organisations one per line, so a name with a comma stays one name.
        AddLines(body, texts.OrganisationsLabel, string.Join('\n', visit.Organisations));
        AddLines(body, texts.ParticipantsFact, visit.Participants);
        AddLines(body, texts.PurposeLabel, visit.Purpose);
        AddLines(body, texts.DemocracyNoteFact, visit.DemocracyDialogueNote);
        AddLines(body, texts.GenderEqualityNoteFact, visit.GenderEqualityNote);
        AddLines(body, texts.OutcomesLabel, visit.Outcomes);
        if (visit.Costs.Count > 0)
        {
            // Every amount as stored, and the total the register keeps, written the Swedish way.
            body.Add(CardJson.Text(texts.CostsHeading, weight: "bolder"));
            body.Add(CardJson.Facts(
                visit.Costs.Select(c => (Markdown.Escape(c.Organisation), Kronor.Format(c.CostSek)))
                    .Append((texts.TotalCostLabel, Kronor.Format(visit.TotalCostSek)))));
        }

        foreach (var followUp in visit.FollowUps)
        {
            body.Add(CardJson.Text(texts.FollowUpHeading, weight: "bolder"));
            body.Add(CardJson.Facts(new (string, string)[]
            {
                (texts.FollowUpTitleLabel, Markdown.Escape(followUp.Title)),
                (texts.FollowUpOwnerLabel, Markdown.Escape(followUp.OwnerEmail)),
                (texts.FollowUpDueLabel, Date(followUp.Due)),
                (texts.FollowUpThemeLabel, texts.Domain.Label(followUp.Theme)),
                (texts.FollowUpOrganisationLabel, Markdown.Escape(followUp.Organisation ?? string.Empty)),
            }.Where(f => f.Item2.Length > 0)));
        }

        if (status is not null)
        {
            body.Add(CardJson.Text(status, weight: "bolder"));
        }

        var card = CardJson.Card(body);
        return submissionId is null ? card : CardJson.WithRefresh(card, RefreshVerb, new JsonObject { ["submissionId"] = submissionId }, refreshFor ?? []);
    }

    /// <summary>
    /// A labelled text, a block per line. Long texts shortened (the card must stay under Teams' 28 KB; the register keeps
    /// them whole): a report may hold 20,000 characters of text, each up to two bytes, more once escaped, and a block
    /// per line adds its own weight, so at most <see cref="ExcerptLines"/> lines of <see cref="ExcerptLength"/> characters.
    /// </summary>
    private static void AddLines(List<JsonNode> body, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var shortened = text.Length > ExcerptLength;
        var lines = (shortened ? StorableText.Fit(text, ExcerptLength).TrimEnd() : text)
            .ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (lines.Count > ExcerptLines)
        {
            lines = lines.GetRange(0, ExcerptLines);
            shortened = true;
        }

        if (shortened)
        {
            lines[^1] += "…";
        }

        body.Add(CardJson.Container(
            [CardJson.Text(label, weight: "bolder", size: "small"), .. lines.Select(l => (JsonNode)Spaced(CardJson.Text(Markdown.Escape(l)), "none"))]));
    }

    private static JsonObject Spaced(JsonObject element, string spacing)
    {
        element["spacing"] = spacing;
        return element;
    }

    private const int ExcerptLength = 600;

    private const int ExcerptLines = 15;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
