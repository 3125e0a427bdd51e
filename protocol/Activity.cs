using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PartnershipTeams.Protocol;

/// <summary>A Bot Framework activity; properties the bot does not use are kept, so nothing is lost on a round trip.</summary>
public sealed class Activity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("action")] public string? Action { get; set; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("channelData")] public ChannelData? ChannelData { get; set; }
    [JsonPropertyName("attachments")] public IList<Attachment>? Attachments { get; init; }
    [JsonPropertyName("membersAdded")] public IList<ChannelAccount>? MembersAdded { get; init; }
    [JsonPropertyName("membersRemoved")] public IList<ChannelAccount>? MembersRemoved { get; init; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? Unknown { get; init; }

    /// <summary>The tenant the activity comes from: Teams puts it in channelData.tenant.id and in conversation.tenantId.</summary>
    [JsonIgnore]
    public string? TenantId => ChannelData?.Tenant?.Id ?? Conversation?.TenantId;
}

/// <summary>Teams' channelData: the tenant, and whatever else Teams sends (kept as it came).</summary>
public sealed class ChannelData
{
    [JsonPropertyName("tenant")] public TenantInfo? Tenant { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? Unknown { get; init; }
}

/// <summary>The Microsoft Entra tenant an activity comes from.</summary>
public sealed class TenantInfo
{
    [JsonPropertyName("id")] public string? Id { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? Unknown { get; init; }
}

/// <summary>A user or bot in a conversation.</summary>
public sealed class ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("userPrincipalName")] public string? UserPrincipalName { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? Unknown { get; init; }
}

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("conversationType")] public string? ConversationType { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? Unknown { get; init; }
}

/// <summary>An attachment: an Adaptive Card, or Teams' file consent and file info cards (named, with a content URL).</summary>
public sealed class Attachment
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("content")] public JsonNode? Content { get; set; }
}
