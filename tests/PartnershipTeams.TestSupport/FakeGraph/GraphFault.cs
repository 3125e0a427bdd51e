namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>What goes wrong with a request: throttling, an outage, a server error saying nothing, slowness, or a dropped connection.</summary>
public enum GraphFaultKind
{
    TooManyRequests,
    ServiceUnavailable,
    ServerError,
    Slow,
    ConnectionReset,
}

/// <summary>
/// A fault for the next <see cref="Times"/> requests of a kind (e.g. "items.post", "batch.step", or "*"). A throttled answer
/// may also carry the RateLimit headers, with a reset later than its Retry-After.
/// </summary>
public sealed record GraphFault(string RequestKind, GraphFaultKind Kind, int Times = 1, int RetryAfterSeconds = 1, TimeSpan? Delay = null, int? RateLimitResetSeconds = null);
