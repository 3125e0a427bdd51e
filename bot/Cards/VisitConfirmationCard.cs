using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Bot.Cards;

/// <summary>What the user sees once a visit report is safely received: a summary of what was sent.</summary>
public static class VisitConfirmationCard
{
    public const string RefreshVerb = "visit.refresh";

    /// <summary>
    /// The confirmation; with a submission id it refreshes for <paramref name="refreshFor"/> (the reporter), showing
    /// where the report stands (<paramref name="status"/>: received, in the register, or stuck) whenever it is opened.
    /// </summary>
    public static JsonObject Build(BotTexts texts, Visit visit, string partnerTitle, string? status = null, string? submissionId = null, IEnumerable<string?>? refreshFor = null)
    {
        var facts = new List<(string, string)>
        {
            (texts.VisitTitleLabel, Markdown.Escape(visit.Title)),
            (texts.PartnerLabel, Markdown.Escape(partnerTitle)),
            (texts.DirectionLabel, texts.Domain.Label(visit.Direction)),
            (texts.StartLabel, Date(visit.Start)),
            (texts.EndLabel, Date(visit.End)),
            (texts.ThemesLabel, string.Join(", ", visit.Themes.Select(texts.Domain.Label))),
            (texts.DemocracyLabel, texts.Domain.Label(visit.DemocracyDialogue)),
        };
        var body = new List<JsonNode>
        {
            CardJson.Heading(texts.VisitReceivedTitle),
            CardJson.Text(texts.VisitReceivedBody),
            CardJson.Facts(facts),
        };
        foreach (var followUp in visit.FollowUps)
        {
            body.Add(CardJson.Facts(
            [
                (texts.FollowUpTitleLabel, Markdown.Escape(followUp.Title)),
                (texts.FollowUpOwnerLabel, Markdown.Escape(followUp.OwnerEmail)),
                (texts.FollowUpDueLabel, Date(followUp.Due)),
            ]));
        }

        if (status is not null)
        {
            body.Add(CardJson.Text(status, weight: "bolder"));
        }

        var card = CardJson.Card(body);
        return submissionId is null ? card : CardJson.WithRefresh(card, RefreshVerb, new JsonObject { ["submissionId"] = submissionId }, refreshFor ?? []);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
