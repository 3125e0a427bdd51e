namespace PartnershipTeams.Protocol;

/// <summary>
/// Teams' documented limits for a bot's sends (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit):
/// per bot per conversation 7 in 1 s, 8 in 2 s, 60 in 30 s and 1,800 in an hour ("Send to conversation"), and about
/// 50 requests per second per app per tenant.
/// </summary>
public static class TeamsRateLimits
{
    public static IReadOnlyList<(TimeSpan Window, int Limit)> PerConversation { get; } =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    public static (TimeSpan Window, int Limit) PerApp { get; } = (TimeSpan.FromSeconds(1), 50);

    /// <summary>The longest window: a conversation's sends older than this no longer count.</summary>
    public static TimeSpan LongestWindow { get; } = TimeSpan.FromHours(1);
}
