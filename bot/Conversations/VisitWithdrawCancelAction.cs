using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>"Nej, behåll den" on the withdraw question: the user's reports again, in place of the question, nothing changed.</summary>
public sealed class VisitWithdrawCancelAction(MyVisitsView view, ConversationDirectory directory) : ICardAction
{
    public string Verb => WithdrawConfirmationCard.CancelVerb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var email = await directory.EmailOfAsync(turn, cancellationToken);
        await turn.ShowCardAsync(await view.CardAsync(turn.Texts, email, notice: null, cancellationToken), cancellationToken);
    }
}
