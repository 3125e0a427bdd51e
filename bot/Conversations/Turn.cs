using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Protocol;
using PartnershipTeams.Bot.Texts;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>One incoming activity and the ways to answer it: a new message, or a card shown in place of the one acted on.</summary>
public sealed class Turn(Activity activity, ConnectorClient connector, string language = "auto")
{
    public Activity Activity { get; } = activity;

    public BotTexts Texts { get; } = BotTexts.For(activity.Locale, language);

    public bool IsInvoke => Activity.Type == ActivityTypes.Invoke;

    /// <summary>The card or message an invoke answers with (set by <see cref="ShowCardAsync"/> or <see cref="SayAsync"/>).</summary>
    public JsonObject? InvokeResponse { get; private set; }

    public string ConversationId => Activity.Conversation!.Id!;

    public Task SendCardAsync(JsonObject card, CancellationToken cancellationToken) =>
        connector.SendAsync(Activity.ServiceUrl!, ConversationId, CardMessage(card), cancellationToken);

    /// <summary>Says something short: as the invoke's answer, or as a message.</summary>
    public async Task SayAsync(string text, CancellationToken cancellationToken)
    {
        if (IsInvoke)
        {
            InvokeResponse = new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = text };
            return;
        }

        await connector.SendAsync(Activity.ServiceUrl!, ConversationId, new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);
    }

    /// <summary>Shows a card where the user acted: the invoke's answer, or the acted-on message updated in place.</summary>
    public async Task ShowCardAsync(JsonObject card, CancellationToken cancellationToken)
    {
        if (IsInvoke)
        {
            InvokeResponse = new JsonObject { ["statusCode"] = 200, ["type"] = Attachment.AdaptiveCardType, ["value"] = card };
            return;
        }

        if (Activity.ReplyToId is { } cardMessageId)
        {
            var update = CardMessage(card);
            update.Id = cardMessageId;
            await connector.UpdateAsync(Activity.ServiceUrl!, ConversationId, cardMessageId, update, cancellationToken);
            return;
        }

        await SendCardAsync(card, cancellationToken);
    }

    public static Activity CardMessage(JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardType, Content = card }],
    };
}
