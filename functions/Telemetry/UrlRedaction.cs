using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PartnershipTeams.Functions.Telemetry;

/// <summary>
/// Takes the ids of chats, people and messages out of the URLs HTTP client spans record. The Bot Connector puts them in
/// its paths (v3/conversations/{conversation}/activities/{activity}, …/members/{member}); Graph's proactive installation
/// too (users/{email or id}/teamwork/installedApps/{installation}/chat), and the upload of a file offered in Teams its
/// OneDrive (…-my.sharepoint.com/personal/{upn}/…); Azure Tables puts the entry's key there
/// ((PartitionKey='…',RowKey='…')), and the reminders ledger's keys hold the recipient's email. Query values are
/// redacted by the instrumentation already (OpenTelemetry.Instrumentation.Http: DisableUrlQueryRedaction is off).
/// </summary>
public static partial class UrlRedaction
{
    public const string UrlAttribute = "url.full";

    public static void Apply(Activity span, Uri? url)
    {
        if (url is { IsAbsoluteUri: true } && Redact(url) is { } redacted)
        {
            span.SetTag(UrlAttribute, redacted);
        }
    }

    /// <summary>The URL without its query and with every id replaced by the name of what it identifies; null when it holds none.</summary>
    public static string? Redact(Uri url)
    {
        var path = url.AbsolutePath;
        if (!PathId().IsMatch(path) && !TableEntityKey().IsMatch(path))
        {
            return null;
        }

        path = PathId().Replace(path, m => m.Groups["kind"].Value switch
        {
            "conversations" => "/conversations/{conversation}",
            "activities" => "/activities/{activity}",
            "members" => "/members/{member}",
            "users" => "/users/{user}",
            "personal" => "/personal/{user}",
            _ => "/installedApps/{installation}",
        });
        path = TableEntityKey().Replace(path, "(PartitionKey={partition},RowKey={key})");
        return url.GetLeftPart(UriPartial.Authority) + path;
    }

    [GeneratedRegex("/(?<kind>conversations|activities|members|users|personal|installedApps)/[^/]+")]
    private static partial Regex PathId();

    [GeneratedRegex(@"\(PartitionKey=[^/]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex TableEntityKey();
}
