using System.Text.Json.Nodes;

namespace PartnershipTeams.Protocol;

/// <summary>Activities the bot sends through the Connector.</summary>
public static class ConnectorActivities
{
    /// <summary>A message carrying one Adaptive Card.</summary>
    public static Activity CardMessage(JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardType, Content = card }],
    };
}
