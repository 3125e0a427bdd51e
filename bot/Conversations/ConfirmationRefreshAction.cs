using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The refresh of a confirmation card (visit report, visit correction or goal update): what was stored under the card's submission
/// id, and where it stands now (received, in the register, or stuck), shown to the reporter who opens it. Reads only;
/// anyone else, or an id nobody stored, gets the card left as it is.
/// </summary>
public sealed class ConfirmationRefreshAction(string verb, SubmissionLog log, ConversationDirectory directory, PartnerChoices partners, OwnGoals goals) : ICardAction
{
    public string Verb => verb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var submissionId = CardData.SubmissionIdOf(card);
        var stored = await log.FindAsync(submissionId, cancellationToken);
        var reporter = await directory.EmailOfAsync(turn, cancellationToken);
        if (stored is null || !string.Equals(stored.ReportedBy, reporter, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var status = SubmissionState.Describe(turn.Texts, stored.Status);
        if (stored.Kind == SubmissionKind.VisitReport)
        {
            var visit = SubmissionJson.Deserialize<Visit>(stored.Payload);
            var partner = (await partners.LoadAsync(cancellationToken)).FirstOrDefault(p => p.Id == visit.PartnerId).Title ?? "–";
            await turn.ShowCardAsync(VisitConfirmationCard.Build(turn.Texts, visit, partner, status, submissionId, [turn.User.Id]), cancellationToken);
            return;
        }

        if (stored.Kind == SubmissionKind.VisitCorrection)
        {
            var correction = SubmissionJson.Deserialize<VisitCorrection>(stored.Payload);
            var partner = (await partners.LoadAsync(cancellationToken)).FirstOrDefault(p => p.Id == correction.Visit.PartnerId).Title ?? "–";
            await turn.ShowCardAsync(VisitCorrectionCard.Confirmation(turn.Texts, correction, partner, status, [turn.User.Id]), cancellationToken);
            return;
        }

        if (stored.Kind != SubmissionKind.GoalUpdate)
        {
            return;
        }

        var update = SubmissionJson.Deserialize<GoalUpdate>(stored.Payload);
        var title = (await goals.LoadAsync(reporter, cancellationToken)).Where(g => g.Id == update.GoalId).Select(GoalUpdateCard.TitleOf).FirstOrDefault() ?? stored.Title;
        await turn.ShowCardAsync(GoalUpdateCard.Confirmation(turn.Texts, title, update, status, submissionId, [turn.User.Id]), cancellationToken);
    }
}
