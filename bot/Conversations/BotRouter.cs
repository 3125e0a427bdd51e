using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Protocol;
using PartnershipTeams.Bot.Turns;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Routes an activity to the command the user typed, the card action they pressed (Action.Submit message or
/// adaptiveCard/action invoke, the same handlers), or installation; anything else is acknowledged and ignored.
/// </summary>
public sealed partial class BotRouter(
    IEnumerable<IBotCommand> commands,
    IEnumerable<ICardAction> actions,
    InstallationHandler installation,
    ConnectorClient connector,
    ConversationDirectory directory,
    BotOptions options,
    ILogger<BotRouter> logger) : IActivityHandler
{
    private readonly Dictionary<string, IBotCommand> byWord = commands.SelectMany(c => c.Words.Select(w => (w, c))).ToDictionary(p => p.w, p => p.c, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ICardAction> byVerb = actions.ToDictionary(a => a.Verb, StringComparer.Ordinal);

    public async Task<JsonObject?> HandleAsync(Activity activity, TurnInput input, CancellationToken cancellationToken)
    {
        var turn = new Turn(activity, connector, options.Language);
        try
        {
            await RouteAsync(turn, input, cancellationToken);
        }
        catch (ListStoreException e) when (e is ListStoreUnavailableException or ConcurrencyConflictException)
        {
            // Nothing was stored; the card the user filled in stays as it was, so nothing they typed is lost.
            LogStoreUnavailable(logger, activity.Type ?? "?", e);
            await turn.SayAsync(turn.Texts.StoreUnavailable, cancellationToken);
        }
        catch (ConversationGoneException e)
        {
            LogConversationGone(logger, e);
            await directory.RememberAsync(activity, active: false, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            // The answer could not be delivered; what was accepted stays accepted (the outbox write came first).
            LogReplyFailed(logger, e);
        }

        return turn.IsInvoke
            ? turn.InvokeResponse ?? new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = string.Empty }
            : null;
    }

    private Task RouteAsync(Turn turn, TurnInput input, CancellationToken cancellationToken) => input switch
    {
        TextInput text => CommandAsync(turn, CommandText.Normalize(text.Text), cancellationToken),
        CardInput card => ActAsync(turn, card, cancellationToken),
        MembershipInput membership => installation.HandleAsync(turn, membership, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task CommandAsync(Turn turn, string text, CancellationToken cancellationToken)
    {
        if (byWord.TryGetValue(text, out var command))
        {
            await command.HandleAsync(turn, cancellationToken);
        }
        else
        {
            await turn.SendCardAsync(InfoCards.Help(turn.Texts, notUnderstood: true), cancellationToken);
        }
    }

    private async Task ActAsync(Turn turn, CardInput card, CancellationToken cancellationToken)
    {
        if (card.Verb == InfoCards.CommandVerb)
        {
            await CommandAsync(turn, CommandText.Normalize(card.Value("command")), cancellationToken);
        }
        else if (card.Verb is not null && byVerb.TryGetValue(card.Verb, out var action))
        {
            await action.HandleAsync(turn, card, cancellationToken);
        }
        else
        {
            await turn.SendCardAsync(InfoCards.Help(turn.Texts, notUnderstood: true), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The list store could not take a {ActivityType} activity; the user was told to try again")]
    private static partial void LogStoreUnavailable(ILogger logger, string activityType, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot's answer could not be delivered to the connector")]
    private static partial void LogReplyFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "A conversation is gone (uninstalled or blocked)")]
    private static partial void LogConversationGone(ILogger logger, Exception exception);
}
