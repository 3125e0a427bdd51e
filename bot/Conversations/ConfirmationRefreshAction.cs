using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The refresh of a confirmation card (a visit report, a correction, a goal update): what was stored under the card's
/// submission id, and where it stands now (received, in the register, or stuck), shown to the reporter who opens it, as
/// its kind's confirmation shows it. Reads only; anyone else, or an id nobody stored, gets the card left as it is.
/// </summary>
public sealed class ConfirmationRefreshAction(string verb, SubmissionLog log, ConversationDirectory directory, SubmissionConfirmations confirmations) : ICardAction
{
    public string Verb => verb;

    public async Task HandleAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        var stored = await log.FindAsync(CardData.SubmissionIdOf(card), cancellationToken);
        var reporter = await directory.EmailOfAsync(turn, cancellationToken);
        if (stored is null || !string.Equals(stored.ReportedBy, reporter, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (await confirmations.CardAsync(turn, stored, cancellationToken) is { } confirmation)
        {
            await turn.ShowCardAsync(confirmation, cancellationToken);
        }
    }
}
