using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Protocol;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Install and uninstall (installationUpdate, or conversationUpdate naming the bot): remember the conversation
/// for proactive messages and welcome the user; on removal mark it inactive.
/// </summary>
public sealed class InstallationHandler(ConversationDirectory directory)
{
    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var added = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action is "add" or "add-upgrade"
            : activity.MembersAdded?.Any(m => m.Id == botId) == true;
        var removed = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action is "remove" or "remove-upgrade"
            : activity.MembersRemoved?.Any(m => m.Id == botId) == true;

        if (added)
        {
            // Teams announces one install twice (installationUpdate and conversationUpdate): welcome once.
            if (await directory.RememberAsync(activity, active: true, cancellationToken))
            {
                await turn.SendCardAsync(InfoCards.Welcome(turn.Texts), cancellationToken);
            }
        }
        else if (removed)
        {
            await directory.RememberAsync(activity, active: false, cancellationToken);
        }
    }
}
