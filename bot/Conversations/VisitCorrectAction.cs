using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Correct: the correction form in place of the listing, pre-filled with the visit as the register holds it now, with a
/// new submission id. Reads only, so a retried invoke just shows a form again.
/// </summary>
public sealed class VisitCorrectAction(OwnVisits visits, PartnerChoices partners) : ICardAction
{
    public string Verb => MyVisitsCard.CorrectVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        if (await visits.CorrectableFromCardAsync(turn, card, cancellationToken) is not { } own)
        {
            return;
        }

        var values = VisitCorrectionValues.Of(own.Visit, own.Item.Text(VisitsList.Costs));
        var form = VisitCorrectionCard.Build(turn.Texts, await partners.LoadAsync(cancellationToken), own.Key, CardData.NewSubmissionId(), own.Item.ETag, values, []);
        await turn.ShowCardAsync(form, cancellationToken);
    }
}
