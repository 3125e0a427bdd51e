using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Protocol.Turns;

/// <summary>Who acts in a turn: the Teams user's id, Entra object id and display name.</summary>
public sealed record TurnUser(string? Id, string? AadObjectId, string? Name)
{
    /// <summary>The sender of an activity Teams posted.</summary>
    public static TurnUser Of(Activity activity) => new(activity.From?.Id, activity.From?.AadObjectId, activity.From?.Name);
}

/// <summary>
/// Where a turn happens: the conversation's id and kind, its tenant, name and the client's locale, and the
/// opaque address proactive messages to it are sent to later.
/// </summary>
public sealed record TurnConversation(string Id, ConversationScope Scope, string? TenantId, string? Name, string? Locale, string ServiceUrl)
{
    /// <summary>The conversation of an activity Teams posted (the bot endpoint refuses one without a conversation id or service URL).</summary>
    public static TurnConversation Of(Activity activity) => new(
        activity.Conversation!.Id!,
        ConversationScopes.FromTeams(activity.Conversation.ConversationType),
        activity.TenantId,
        activity.Conversation.Name,
        activity.Locale,
        activity.ServiceUrl!);
}
