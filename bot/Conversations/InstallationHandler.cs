using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Install and uninstall (installationUpdate, or conversationUpdate naming the bot): remember the conversation
/// for proactive messages and welcome the user; on removal mark it inactive.
/// </summary>
public sealed class InstallationHandler(ConversationDirectory directory)
{
    public async Task HandleAsync(Turn turn, MembershipInput membership, CancellationToken cancellationToken)
    {
        if (!membership.BotAdded)
        {
            await directory.RememberAsync(turn, active: false, cancellationToken);
        }

        // Teams announces one install twice (installationUpdate and conversationUpdate): welcome once.
        else if (await directory.RememberAsync(turn, active: true, cancellationToken))
        {
            await turn.SendCardAsync(InfoCards.Welcome(turn.Texts), cancellationToken);
        }
    }
}
