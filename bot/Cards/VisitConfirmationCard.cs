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
            (texts.OrganisationsLabel, Markdown.Escape(string.Join(", ", visit.Organisations))),
            (texts.ParticipantsLabel, Excerpt(visit.Participants)),
            (texts.PurposeLabel, Excerpt(visit.Purpose)),
            (texts.ThemesLabel, string.Join(", ", visit.Themes.Select(texts.Domain.Label))),
            (texts.DemocracyLabel, texts.Domain.Label(visit.DemocracyDialogue)),
            (texts.DemocracyNoteLabel, Excerpt(visit.DemocracyDialogueNote ?? string.Empty)),
            (texts.OutcomesLabel, Excerpt(visit.Outcomes ?? string.Empty)),
        };
        var body = new List<JsonNode>
        {
            CardJson.Heading(wording?.Heading ?? texts.VisitReceivedTitle),
            CardJson.Text(wording?.Body ?? texts.VisitReceivedBody),
            CardJson.Facts(facts.Where(f => f.Item2.Length > 0)),
        };
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
            body.Add(CardJson.Facts(
            [
                (texts.FollowUpTitleLabel, Markdown.Escape(followUp.Title)),
                (texts.FollowUpOwnerLabel, Markdown.Escape(followUp.OwnerEmail)),
                (texts.FollowUpDueLabel, Date(followUp.Due)),
                (texts.FollowUpThemeLabel, texts.Domain.Label(followUp.Theme)),
                (texts.FollowUpOrganisationLabel, Markdown.Escape(followUp.Organisation ?? string.Empty)),
            ]));
        }

        if (status is not null)
        {
            body.Add(CardJson.Text(status, weight: "bolder"));
        }

        var card = CardJson.Card(body);
        return submissionId is null ? card : CardJson.WithRefresh(card, RefreshVerb, new JsonObject { ["submissionId"] = submissionId }, refreshFor ?? []);
    }

    /// <summary>
    /// Long texts shortened (the card must stay under Teams' 28 KB; the register keeps them whole): a report may hold
    /// 20,000 characters of text, and each takes up to two bytes, more once escaped.
    /// </summary>
    private static string Excerpt(string text) =>
        Markdown.Escape(text.Length > ExcerptLength ? StorableText.Fit(text, ExcerptLength).TrimEnd() + "…" : text);

    private const int ExcerptLength = 600;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
