using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Validation;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// A submitted correction: checked exactly as a new report is (<see cref="VisitDraftParser"/>, <see cref="VisitReportValidator"/>;
/// the card comes back with the values kept and each problem named), then accepted into the outbox under the card's own
/// submission id and confirmed at once; the sync applies it to the visit. The visit keeps its reporter, report time and
/// submission id; follow-ups are not part of a correction (a forged card's follow-up fields are ignored).
/// </summary>
public sealed class VisitCorrectionSubmitAction(OwnVisits visits, PartnerChoices partners, SubmissionIntake intake, SubmissionConfirmations confirmations, TimeProvider time) : ICardAction
{
    public string Verb => VisitCorrectionCard.SubmitVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var submissionId = CardData.SubmissionIdOf(card);
        if (await visits.CorrectableFromCardAsync(turn, card, cancellationToken) is not { } own)
        {
            return;
        }

        var values = CardValues.From(card);
        var (parsed, problems) = VisitDraftParser.Parse(values);
        var draft = parsed with { FollowUps = [] };
        var partnerList = await partners.LoadAsync(cancellationToken);
        var now = time.GetUtcNow();
        var original = own.Visit;
        var result = VisitReportValidator.Validate(draft, partnerList.Select(p => p.Id).ToHashSet(), original.ReportedByEmail, now, original.SubmissionId);
        var errors = FormReader.UnreadableFirst([.. problems.Where(p => !p.Field.StartsWith("FollowUp", StringComparison.Ordinal))], result.Errors);
        if (errors.Count > 0 || result.Value is null)
        {
            await turn.ShowCardAsync(VisitCorrectionCard.Build(turn.Texts, partnerList, own.Key, submissionId, card.Value(CardDataKeys.BasedOn) ?? own.Item.ETag, values, errors), cancellationToken);
            return;
        }

        // Changed in the register since the form was filled from it (a manager's edit): the correction would overwrite
        // that edit unseen. The form comes back with what the user typed and says so; sent again, it is based on now.
        // A retried submit of a correction already accepted is answered with it below, as always.
        if (card.Value(CardDataKeys.BasedOn) is { Length: > 0 } basedOn && basedOn != own.Item.ETag && !await intake.IsKnownAsync(submissionId, cancellationToken))
        {
            await turn.ShowCardAsync(VisitCorrectionCard.Build(turn.Texts, partnerList, own.Key, submissionId, own.Item.ETag, values, [], changedMeanwhile: true), cancellationToken);
            return;
        }

        var correction = new VisitCorrection(own.Item.Id, result.Value with { ReportedAt = original.ReportedAt }, original.ReportedByEmail, now, submissionId);

        // A second submit of the same card is answered with what the first stored.
        var accepted = await intake.AcceptOnceAsync(SubmissionTypes.VisitCorrection, submissionId, correction.Visit.Title, original.ReportedByEmail, correction, cancellationToken)
            ?? throw new MalformedTurnException("The card's submission id belongs to another kind of submission.");
        await turn.ShowCardAsync((await confirmations.CardAsync(turn, accepted.Stored, cancellationToken))!, cancellationToken);
    }
}
