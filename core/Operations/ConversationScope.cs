namespace PartnershipTeams.Core.Operations;

/// <summary>Teams' kinds of conversation the bot is in.</summary>
public enum ConversationScope
{
    Personal,
    GroupChat,
    Channel,
}

/// <summary>Between <see cref="ConversationScope"/> and Teams' conversationType ("personal", "groupChat", "channel").</summary>
public static class ConversationScopes
{
    /// <summary>Teams' word for the scope; an unknown or missing one is a personal chat, as Teams omits it there.</summary>
    public static ConversationScope FromTeams(string? conversationType) => conversationType switch
    {
        "groupChat" => ConversationScope.GroupChat,
        "channel" => ConversationScope.Channel,
        _ => ConversationScope.Personal,
    };

    public static string ToTeams(ConversationScope scope) => scope switch
    {
        ConversationScope.GroupChat => "groupChat",
        ConversationScope.Channel => "channel",
        _ => "personal",
    };
}
