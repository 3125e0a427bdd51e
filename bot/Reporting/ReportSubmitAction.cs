using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Reporting;

/// <summary>
/// A submitted report form of any kind: read and checked by its kind, accepted once under the card's submission id (as
/// eShop's IdentifiedCommandHandler accepts a command), and answered with the kind's confirmation in place of the form.
/// </summary>
public sealed class ReportSubmitAction(IReportForm form, ConversationDirectory directory, SubmissionIntake intake, SubmissionConfirmations confirmations, TimeProvider time) : ICardAction
{
    public string Verb => form.SubmitVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var submission = new FormSubmission(CardData.SubmissionIdOf(card), CardValues.From(card), await directory.EmailOfAsync(turn, cancellationToken), time.GetUtcNow());
        if (await form.AcceptAsync(turn, intake, submission, cancellationToken) is { } stored)
        {
            await turn.ShowCardAsync((await confirmations.CardAsync(turn, stored, cancellationToken))!, cancellationToken);
        }
    }
}
