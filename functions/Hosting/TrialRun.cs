using System.Globalization;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Protocol;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// A timer run "as of" another moment (<c>POST /reminders?asOf=2026-12-07T07:30</c>), to try the reminders on a laptop
/// without moving its clock. Only where nothing else could ask for it: the app standalone (under the Functions host the
/// timers are timer triggers, with no route to ask), the bot unauthenticated because no app id is set, which it is only
/// when every address it listens on is loopback.
/// </summary>
public static class TrialRun
{
    public const string Parameter = "asOf";

    /// <summary>Why an as-of run is refused here, or null when it may run.</summary>
    public static string? RefusalOf(InboundAuthentication authentication) =>
        authentication.Enabled || !authentication.Ready
            ? $"{Parameter} is for trying the timers on a laptop: the app standalone, on loopback only, with no Bot:AppId. Here the timers run on their schedule."
            : null;

    /// <summary>
    /// The moment asked for: an ISO date and time, in Stockholm time unless it names its offset ("2026-12-07T07:30",
    /// "2026-12-07T06:30Z", "2026-12-07T07:30+01:00"); null when it is none of those.
    /// </summary>
    public static DateTimeOffset? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (DateTimeOffset.TryParseExact(trimmed, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        if (!DateTime.TryParseExact(trimmed, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        return new DateTimeOffset(local, BusinessTimeZone.Zone.GetUtcOffset(local));
    }

    private static readonly string[] Local = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    private static readonly string[] WithOffset = ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz"];
}
