namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>What goes wrong with a request: throttling, an outage, slowness, or a dropped connection.</summary>
public enum GraphFaultKind
{
    TooManyRequests,
    ServiceUnavailable,
    Slow,
    ConnectionReset,
}

/// <summary>A fault for the next <see cref="Times"/> requests of a kind (e.g. "items.post", "batch.step", or "*").</summary>
public sealed record GraphFault(string RequestKind, GraphFaultKind Kind, int Times = 1, int RetryAfterSeconds = 1, TimeSpan? Delay = null);
