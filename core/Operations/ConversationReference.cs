namespace PartnershipTeams.Core.Operations;

/// <summary>
/// What a proactive message needs to reach a conversation (its id, scope, service URL and tenant), who the user
/// of a personal chat is, the language chosen for it, whether the bot is still there, and for a team channel who added
/// the app there (the weekly digest goes to channels a coordinator added it to).
/// </summary>
public sealed record ConversationReference(
    string ConversationId,
    ConversationScope Scope,
    string ServiceUrl,
    string? TenantId,
    string? Name,
    string? UserId,
    string? UserAadObjectId,
    string? UserEmail,
    string? Locale,
    bool Active,
    DateTimeOffset UpdatedAt,
    string? Language = null,
    string? TeamId = null,
    string? AddedBy = null);
