using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.Core.Validation;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// A submitted visit report: checked (the card comes back with the values kept and each problem named), then
/// accepted into the outbox under its submission id and confirmed at once.
/// </summary>
public sealed class VisitSubmitAction(PartnerChoices partners, ConversationDirectory directory, SubmissionIntake intake, SubmissionConfirmations confirmations, TimeProvider time) : ICardAction
{
    public string Verb => VisitReportCard.SubmitVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var submissionId = CardData.SubmissionIdOf(card);
        var values = CardValues.From(card);
        var (draft, problems) = VisitDraftParser.Parse(values);
        var partnerList = await partners.LoadAsync(cancellationToken);
        var reporter = await directory.EmailOfAsync(turn, cancellationToken);
        var result = VisitReportValidator.Validate(draft, partnerList.Select(p => p.Id).ToHashSet(), reporter, time.GetUtcNow(), submissionId);
        var errors = problems.Concat(result.Errors.Where(e => problems.All(p => p.Field != e.Field))).ToList();
        if (errors.Count > 0 || result.Value is null)
        {
            PartnershipMetrics.SubmissionRefused(SubmissionTypes.VisitReport.Kind, "invalid");
            await turn.ShowCardAsync(VisitReportCard.Build(turn.Texts, partnerList, submissionId, values, errors), cancellationToken);
            return;
        }

        // A second submit of the same card is answered with what the first stored: the confirmation shows what the register gets.
        var accepted = await intake.AcceptOnceAsync(SubmissionTypes.VisitReport, submissionId, result.Value.Title, reporter, result.Value, cancellationToken)
            ?? throw new MalformedTurnException("The card's submission id belongs to another kind of submission.");
        await turn.ShowCardAsync((await confirmations.CardAsync(turn, accepted.Stored, cancellationToken))!, cancellationToken);
    }
}
