using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>A card's submitted inputs as the strings the user left in them (what the card shows again on an error).</summary>
public static class CardValues
{
    private static readonly HashSet<string> NotInputs = ["verb", "submissionId", "command", "msteams"];

    public static Dictionary<string, string> From(JsonObject data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in data)
        {
            if (NotInputs.Contains(key) || value is null)
            {
                continue;
            }

            values[key] = value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number => value.GetValue<double>().ToString(CultureInfo.InvariantCulture),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.ToJsonString(),
            };
        }

        return values;
    }
}
