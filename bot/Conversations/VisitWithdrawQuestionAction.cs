using Microsoft.Extensions.Options;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Withdraw pressed on "mina besök": the card asks first (<see cref="WithdrawConfirmationCard"/>), saying what withdrawing
/// does, since a press is easily made and only the international function can undo it. Reads only: nothing is accepted
/// until the user says yes (<see cref="VisitWithdrawAction"/>). A report that can no longer be withdrawn is told so at once.
/// </summary>
public sealed class VisitWithdrawQuestionAction(OwnVisits visits, PartnerChoices partners, IOptions<ReportOptions> options, TimeProvider time) : ICardAction
{
    public string Verb => MyVisitsCard.WithdrawVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        if (await visits.FromCardAsync(turn, card, cancellationToken) is not { } own)
        {
            return;
        }

        if (VisitWithdrawAction.RefusalOf(own, options.Value, time.GetUtcNow(), turn.Texts) is { } refusal)
        {
            await turn.SayAsync(refusal, cancellationToken);
            return;
        }

        var visit = own.Visit;
        var partner = (await partners.LoadAsync(cancellationToken)).FirstOrDefault(p => p.Id == visit.PartnerId).Title ?? "–";
        await turn.ShowCardAsync(WithdrawConfirmationCard.Build(turn.Texts, own.Key, visit.Title, partner, visit.Start, visit.End), cancellationToken);
    }
}
