using System.Text.Json.Serialization;

namespace PartnershipTeams.Application.Sync;

/// <summary>What Graph posts to a webhook: a batch of change notifications (only the fields we read, typed, so wrong types are refused).</summary>
public sealed class ChangeNotificationBatch
{
    [JsonPropertyName("value")] public IReadOnlyList<ChangeNotification>? Value { get; init; }
}

/// <summary>One change notification: the secret we gave Graph, and the resource that changed.</summary>
public sealed class ChangeNotification
{
    [JsonPropertyName("clientState")] public string? ClientState { get; init; }

    [JsonPropertyName("resource")] public string? Resource { get; init; }
}
