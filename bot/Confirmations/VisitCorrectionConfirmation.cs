using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Confirmations;

/// <summary>A visit correction: the visit as it reads after the correction.</summary>
public sealed class VisitCorrectionConfirmation(PartnerChoices partners) : ISubmissionConfirmation
{
    public ISubmissionType Type => SubmissionTypes.VisitCorrection;

    public async Task<JsonObject> CardAsync(Turn turn, AcceptedSubmission stored, string status, CancellationToken cancellationToken)
    {
        var correction = SubmissionTypes.VisitCorrection.PayloadOf(stored);
        var partner = (await partners.LoadAsync(cancellationToken)).FirstOrDefault(p => p.Id == correction.Visit.PartnerId).Title ?? "–";
        return VisitCorrectionCard.Confirmation(turn.Texts, correction, partner, status, [turn.User.Id]);
    }
}
