using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipTeams.Core.Operations;

/// <summary>
/// How submissions are kept in the outbox's Payload column: camelCase JSON, enums by name, letters as themselves
/// ("ö", not "\u00F6"), so the stored size is the text's size and a report within its fields' limits fits.
/// </summary>
public static class SubmissionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T submission) => JsonSerializer.Serialize(submission, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The payload is not a {typeof(T).Name}.");
}
