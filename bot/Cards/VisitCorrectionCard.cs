using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Cards;

/// <summary>
/// The correction form: the visit report's own fields pre-filled with the visit as the register holds it (or, after a
/// problem, with what the user typed), without follow-ups, which a correction cannot change. It carries the item it
/// corrects, the ETag of the item as the form shows it, and a submission id of its own.
/// </summary>
public static class VisitCorrectionCard
{
    public const string SubmitVerb = "visit.correction.submit";

    public static JsonObject Build(
        BotTexts texts,
        IReadOnlyList<(int Id, string Title)> partners,
        ItemKey visit,
        string submissionId,
        string basedOn,
        IReadOnlyDictionary<string, string> values,
        IReadOnlyList<ValidationError> errors,
        bool changedMeanwhile = false)
    {
        var form = new CardForm(texts, values, errors);
        form.Heading(texts.CorrectionFormTitle);
        form.Add(changedMeanwhile
            ? CardJson.Text(texts.CorrectionVisitChangedMeanwhile, weight: "bolder", color: "attention")
            : CardJson.Text(texts.CorrectionFormIntro, isSubtle: true));
        VisitReportCard.AddVisitFields(form, texts, partners);
        form.Add(CardJson.Text(texts.FollowUpHeading, weight: "bolder"));
        form.Add(CardJson.Text(texts.CorrectionFollowUpsNote));

        var data = new JsonObject
        {
            [CardDataKeys.SubmissionId] = submissionId,
            [CardDataKeys.Item] = visit.ToString(),
            [CardDataKeys.BasedOn] = basedOn,
        };
        return CardJson.Card(form.Body, [CardJson.Submit(texts.SubmitCorrection, SubmitVerb, data, primary: true)]);
    }

    /// <summary>What the user sees once a correction is received: the visit as corrected, refreshing to show where the correction stands.</summary>
    public static JsonObject Confirmation(BotTexts texts, VisitCorrection correction, string partnerTitle, string? status = null, IEnumerable<string?>? refreshFor = null) =>
        VisitConfirmationCard.Build(texts, correction.Visit, partnerTitle, status, correction.SubmissionId, refreshFor, (texts.CorrectionReceivedTitle, texts.CorrectionReceivedBody));
}
