using Microsoft.Extensions.Logging;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Routes an activity to the command the user typed, the card action they pressed (Action.Submit message or
/// adaptiveCard/action invoke, the same handlers), a search in the message extension, or installation; anything else is
/// acknowledged and ignored.
/// </summary>
public sealed partial class BotRouter(
    IEnumerable<IBotCommand> commands,
    IEnumerable<ICardAction> actions,
    InstallationHandler installation,
    ReviewFileConsent reviewFiles,
    RegisterSearchHandler search,
    ConversationDirectory directory,
    LanguagePolicy languages,
    ILogger<BotRouter> logger) : ITurnHandler
{
    private readonly Dictionary<string, IBotCommand> byName = commands.ToDictionary(c => c.Name, StringComparer.Ordinal);
    private readonly CommandMatcher matcher = new(commands.Select(c => c.Name));
    private readonly Dictionary<string, ICardAction> byVerb = actions.ToDictionary(a => a.Verb, StringComparer.Ordinal);

    public async Task HandleAsync(ITurn turn, CancellationToken cancellationToken)
    {
        var conversation = new Turn(turn, await TextsForAsync(turn.Conversation, cancellationToken));
        try
        {
            await RouteAsync(conversation, turn.Input, cancellationToken);
        }
        catch (ListStoreException e) when (e is ListStoreUnavailableException or ConcurrencyConflictException)
        {
            // Nothing was stored; the card the user filled in stays as it was, so nothing they typed is lost.
            LogStoreUnavailable(logger, turn.Input.GetType().Name, e);
            await conversation.SayAsync(conversation.Texts.StoreUnavailable, cancellationToken);
        }
        catch (ConversationGoneException e)
        {
            LogConversationGone(logger, e);
            await directory.RememberAsync(conversation, active: false, cancellationToken);
        }
        catch (ConversationBusyException)
        {
            // The conversation is flooded: the reply is dropped, not waited for (Teams gives up on a request at 15 s);
            // what the turn caused is recorded. At Debug only: a warning per dropped reply would flood the log too.
            LogReplyDropped(logger);
        }
        catch (Exception e) when (e is DeliveryFailedException or HttpRequestException)
        {
            // The answer could not be delivered; what was accepted stays accepted (it was recorded first).
            LogReplyFailed(logger, e);
        }
    }

    /// <summary>
    /// The conversation answers in one language: the organisation's, or the one chosen on its first turn that said the
    /// client's locale (that language, else Swedish), remembered, so the replies and reminders never switch. A turn
    /// without a locale (Teams' conversationUpdate carries none) fixes nothing: it gets what was chosen, else Swedish.
    /// </summary>
    private async Task<BotTexts> TextsForAsync(TurnConversation conversation, CancellationToken cancellationToken)
    {
        var choice = languages.Choose(conversation.Locale);
        if (languages.FixedLanguage is not null)
        {
            return BotTexts.For(choice);
        }

        try
        {
            var offered = string.IsNullOrWhiteSpace(conversation.Locale) ? null : choice.Name;
            return languages.TextsFor(conversation.Locale, await directory.LanguageOfAsync(conversation, offered, cancellationToken));
        }
        catch (ListStoreException e) when (e is ListStoreUnavailableException or ConcurrencyConflictException)
        {
            LogLanguageNotRemembered(logger, e);
            return BotTexts.For(choice);
        }
    }

    private Task RouteAsync(Turn turn, TurnInput input, CancellationToken cancellationToken) => input switch
    {
        TextInput text => CommandAsync(turn, text.Text, cancellationToken),
        CardInput card => ActAsync(turn, card, cancellationToken),
        MembershipInput membership => Tagged(membership.BotAdded ? "installed" : "removed", installation.HandleAsync(turn, membership, cancellationToken)),
        FileConsentInput consent => Tagged("file_consent", reviewFiles.HandleAsync(turn, consent, cancellationToken)),
        SearchInput query => Tagged("search", search.HandleAsync(turn, query, cancellationToken)),
        _ => Tagged("other", Task.CompletedTask),
    };

    private static Task Tagged(string handledAs, Task handling)
    {
        PartnershipTelemetry.TagTurn(handledAs);
        return handling;
    }

    private async Task CommandAsync(Turn turn, string text, CancellationToken cancellationToken)
    {
        var meant = matcher.Match(text);
        PartnershipTelemetry.TagTurn(meant.Count switch { 1 => meant[0], 0 => "not_understood", _ => "ambiguous" });
        var answer = meant.Count switch
        {
            1 => byName[meant[0]].HandleAsync(turn, cancellationToken),
            0 => turn.SendCardAsync(InfoCards.Help(turn.Texts, notUnderstood: true), cancellationToken),
            _ => turn.SendCardAsync(InfoCards.WhichCommand(turn.Texts, meant), cancellationToken),
        };
        await answer;
    }

    private async Task ActAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        if (card.Verb == InfoCards.CommandVerb)
        {
            await CommandAsync(turn, card.Value(CardDataKeys.Command) ?? string.Empty, cancellationToken);
        }
        else if (card.Verb is not null && byVerb.TryGetValue(card.Verb, out var action))
        {
            PartnershipTelemetry.TagTurn(action.Verb);
            await action.HandleAsync(turn, card, cancellationToken);
        }
        else
        {
            PartnershipTelemetry.TagTurn("unknown_action");
            await turn.SendCardAsync(InfoCards.Help(turn.Texts, notUnderstood: true), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The conversation's language could not be read or remembered; this turn answers in the client's")]
    private static partial void LogLanguageNotRemembered(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A reply was dropped: its conversation had as many sends waiting as it may")]
    private static partial void LogReplyDropped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store could not take a {Input}; the user was told to try again")]
    private static partial void LogStoreUnavailable(ILogger logger, string input, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot's answer could not be delivered to the connector")]
    private static partial void LogReplyFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "A conversation is gone (uninstalled or blocked)")]
    private static partial void LogConversationGone(ILogger logger, Exception exception);
}
