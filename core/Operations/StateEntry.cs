namespace PartnershipTeams.Core.Operations;

/// <summary>One stored entry of a state table: its key, concurrency tag, text values and when it last changed.</summary>
public sealed record StateEntry(string Key, string ETag, IReadOnlyDictionary<string, string?> Values, DateTimeOffset Updated)
{
    public string? this[string name] => Values.TryGetValue(name, out var value) ? value : null;
}
