using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipTeams.Protocol;

/// <summary>
/// The JSON settings of the Bot Framework protocol: camelCase, nulls left out; a property given twice is refused,
/// so no two readers of one activity can see different values.
/// </summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowDuplicateProperties = false,
    };
}
