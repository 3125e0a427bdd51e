using System.Text.Json.Nodes;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// A turn over the Bot Framework protocol: the activity Teams sent, answered through the Connector. An invoke
/// (Universal Actions) is answered in the HTTP response instead, which is built here from what the turn said:
/// always HTTP 200 with <c>{statusCode, type, value}</c>, "a client application MUST always look at the statusCode
/// property" (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards#response-format).
/// </summary>
public sealed class TeamsTurn(Activity activity, TurnInput input, ConnectorClient connector, FileUploadClient uploads) : ITurn
{
    public TurnInput Input { get; } = input;

    public TurnUser User { get; } = TurnUser.Of(activity);

    public TurnConversation Conversation { get; } = TurnConversation.Of(activity);

    private bool IsInvoke => activity.Type == ActivityTypes.Invoke;

    private bool IsSearch => IsInvoke && activity.Name == ActivityTypes.ComposeExtensionQuery;

    /// <summary>
    /// The body of the invoke response: always an answer, the card or text shown where the user acted, else an empty
    /// message; for a search its results (none unless the conversation answered).
    /// </summary>
    public JsonObject? InvokeResponse => IsSearch
        ? invokeAnswer ?? SearchResults.Body([])
        : IsInvoke
            ? invokeAnswer ?? InvokeAnswer("application/vnd.microsoft.activity.message", string.Empty)
            : null;

    private JsonObject? invokeAnswer;

    public async Task<string?> AskUserEmailAsync(CancellationToken cancellationToken)
    {
        if (User.Id is not { } userId)
        {
            return null;
        }

        try
        {
            var member = await connector.GetMemberAsync(Conversation.ServiceUrl, Conversation.Id, userId, cancellationToken);
            return member?.Email ?? member?.UserPrincipalName;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public Task SendCardAsync(JsonObject card, CancellationToken cancellationToken) =>
        connector.SendAsync(Conversation.ServiceUrl, Conversation.Id, ConnectorActivities.CardMessage(card), cancellationToken);

    public Task AnswerSearchAsync(IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        invokeAnswer = SearchResults.Body(hits);
        return Task.CompletedTask;
    }

    public async Task SayAsync(string text, CancellationToken cancellationToken)
    {
        if (IsSearch)
        {
            invokeAnswer = SearchResults.Message(text);
            return;
        }

        if (IsInvoke)
        {
            invokeAnswer = InvokeAnswer("application/vnd.microsoft.activity.message", text);
            return;
        }

        await connector.SendAsync(Conversation.ServiceUrl, Conversation.Id, new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);
    }

    public async Task ShowCardAsync(JsonObject card, CancellationToken cancellationToken)
    {
        if (IsInvoke)
        {
            invokeAnswer = InvokeAnswer(Attachment.AdaptiveCardType, card);
            return;
        }

        if (activity.ReplyToId is { } cardMessageId)
        {
            var update = ConnectorActivities.CardMessage(card);
            update.Id = cardMessageId;
            await connector.UpdateAsync(Conversation.ServiceUrl, Conversation.Id, cardMessageId, update, cancellationToken);
            return;
        }

        await SendCardAsync(card, cancellationToken);
    }

    /// <summary>The body of an invoke the bot could not act on: the status, and an error Teams shows instead of a card.</summary>
    public static JsonObject InvokeError(int statusCode, string message) => new()
    {
        ["statusCode"] = statusCode,
        ["type"] = ErrorType,
        ["value"] = new JsonObject { ["code"] = statusCode >= 500 ? "InternalServerError" : "BadRequest", ["message"] = message },
    };

    private const string ErrorType = "application/vnd.microsoft.error";

    public Task OfferFileAsync(OfferedFile file, CancellationToken cancellationToken) =>
        connector.SendAsync(Conversation.ServiceUrl, Conversation.Id, FileCards.Consent(file), cancellationToken);

    public async Task DeliverFileAsync(FileUploadTarget target, byte[] content, CancellationToken cancellationToken)
    {
        await uploads.UploadAsync(target, content, cancellationToken);
        await connector.SendAsync(Conversation.ServiceUrl, Conversation.Id, FileCards.Info(target), cancellationToken);
    }

    private static JsonObject InvokeAnswer(string type, JsonNode value) => new() { ["statusCode"] = 200, ["type"] = type, ["value"] = value };
}
