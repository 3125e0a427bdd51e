using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Protocol.Turns;

/// <summary>Who acts in a turn: the Teams user's id, Entra object id and display name.</summary>
public sealed record TurnUser(string? Id, string? AadObjectId, string? Name);

/// <summary>
/// Where a turn happens: the conversation's id and kind, its tenant, name and the client's locale, and the
/// opaque address proactive messages to it are sent to later.
/// </summary>
public sealed record TurnConversation(string Id, ConversationScope Scope, string? TenantId, string? Name, string? Locale, string ServiceUrl);
