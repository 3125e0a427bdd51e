using System.Globalization;
using System.Text.Json;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// Reads a composeExtension/query invoke: <c>value.commandId</c>, <c>value.parameters[] {name, value}</c> and
/// <c>value.queryOptions {skip, count}</c> (https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search).
/// Teams sends the parameter <c>initialRun</c> with "true" when the user opened the extension without typing: that is
/// an empty query. A value that is not an object is malformed (400); anything odd inside it (a number for the words,
/// missing or absurd paging) reads as the nearest sensible search, never as an error the user sees.
/// </summary>
public static class SearchQueryReader
{
    /// <summary>Teams shows at most 25 results a page; a page asked bigger gets 25.</summary>
    public const int MaxCount = 25;

    /// <summary>The words are cut here; nobody types more into a search box.</summary>
    public const int MaxTextLength = 500;

    public static (TurnInput? Input, string? Problem) Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } query)
        {
            return (null, "a composeExtension/query invoke needs value as an object");
        }

        var commandId = query.TryGetProperty("commandId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : string.Empty;
        var text = string.Empty;
        if (query.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array)
        {
            foreach (var parameter in parameters.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object))
            {
                var name = parameter.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                if (name is null or "initialRun" || !parameter.TryGetProperty("value", out var v))
                {
                    continue;
                }

                text = v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString()!,
                    JsonValueKind.Number => v.GetRawText(),
                    _ => string.Empty,
                };
                break;
            }
        }

        var options = query.TryGetProperty("queryOptions", out var o) && o.ValueKind == JsonValueKind.Object ? o : default;
        var skip = Whole(options, "skip", 0, 0, 10_000);
        var count = Whole(options, "count", MaxCount, 1, MaxCount);
        return (new SearchInput(commandId, text.Length > MaxTextLength ? text[..MaxTextLength] : text, skip, count), null);
    }

    /// <summary>A whole number of <paramref name="options"/>, within bounds; missing or not a number gives the default.</summary>
    private static int Whole(JsonElement options, string name, int fallback, int min, int max) =>
        options.ValueKind == JsonValueKind.Object && options.TryGetProperty(name, out var n)
            ? n.ValueKind == JsonValueKind.Number && n.TryGetDouble(out var d) && !double.IsNaN(d)
                ? (int)Math.Clamp(Math.Floor(d), min, max)
                : n.ValueKind == JsonValueKind.String && int.TryParse(n.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? Math.Clamp(parsed, min, max) : fallback
            : fallback;
}
