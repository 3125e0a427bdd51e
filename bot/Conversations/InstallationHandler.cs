using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Install and uninstall (installationUpdate, or conversationUpdate naming the bot): remember the conversation
/// for proactive messages and welcome the user, in their language where Teams said it, else in every language the bot
/// speaks; on removal mark it inactive.
/// </summary>
public sealed class InstallationHandler(ConversationDirectory directory, LanguagePolicy languages)
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
            var languageKnown = languages.FixedLanguage is not null
                || !string.IsNullOrWhiteSpace(turn.Conversation.Locale)
                || await directory.LanguageOfAsync(turn.Conversation, choice: null, cancellationToken) is not null;
            await turn.SendCardAsync(languageKnown ? InfoCards.Welcome(turn.Texts) : InfoCards.WelcomeInEveryLanguage(), cancellationToken);
        }
    }
}
