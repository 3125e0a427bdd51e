using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Confirmations;

/// <summary>A visit report: the visit as the register gets it.</summary>
public sealed class VisitReportConfirmation(PartnerChoices partners) : ISubmissionConfirmation
{
    public ISubmissionType Type => SubmissionTypes.VisitReport;

    public async Task<JsonObject> CardAsync(Turn turn, AcceptedSubmission stored, string status, CancellationToken cancellationToken)
    {
        var visit = SubmissionTypes.VisitReport.PayloadOf(stored);
        var partner = (await partners.LoadAsync(cancellationToken)).FirstOrDefault(p => p.Id == visit.PartnerId).Title ?? "–";
        return VisitConfirmationCard.Build(turn.Texts, visit, partner, status, stored.Id, [turn.User.Id]);
    }
}
