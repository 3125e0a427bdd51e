using System.Globalization;
using PartnershipTeams.Core.Telemetry;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// Spreads calls over what is left of SharePoint's resource unit budget instead of running into a 429: once an answer
/// carries the RateLimit headers (from 80 % of the minute's budget on), the next calls are spaced so the rest lasts until
/// the reset, and a throttled answer holds every call back until the later of its Retry-After and RateLimit-Reset
/// (devblogs.microsoft.com/microsoft365dev, "Prevent throttling in your application by using RateLimit headers in
/// SharePoint Online"). Shared by every call of one app, as the budget is.
/// </summary>
public sealed class RequestPacer(TimeProvider time)
{
    /// <summary>Resource units a call is assumed to cost: a query or write 2; a $batch of 20 writes 40.</summary>
    public const int CallCost = 2;

    public const int BatchCost = 40;

    private readonly Lock gate = new();
    private int? remaining;
    private DateTimeOffset resetAt;
    private DateTimeOffset nextSend = DateTimeOffset.MinValue;

    /// <summary>How long a call of this cost waits before it is sent; reserves its share of the budget.</summary>
    public TimeSpan Reserve(int cost)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var start = nextSend > now ? nextSend : now;
            if (remaining is { } left && start < resetAt)
            {
                var window = resetAt - start;
                var spacing = left <= cost ? window : window * cost / left;
                nextSend = start + spacing;
                remaining = Math.Max(0, left - cost);
            }
            else
            {
                remaining = null;
            }

            return start - now;
        }
    }

    /// <summary>Takes note of an answer's RateLimit headers, and of a throttled answer's wait.</summary>
    public void Observe(HttpResponseMessage response)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (Number(response, "RateLimit-Reset") is { } reset && Number(response, "RateLimit-Remaining") is { } left)
            {
                remaining = left;
                resetAt = now + TimeSpan.FromSeconds(reset);
                PartnershipMetrics.GraphBudgetRemaining(left);
            }

            if ((int)response.StatusCode is 429 or 503)
            {
                var until = now + WaitOf(response);
                nextSend = until > nextSend ? until : nextSend;
            }
        }
    }

    /// <summary>How long to wait after a throttled answer: the later of Retry-After and RateLimit-Reset (1 s when neither is given).</summary>
    public static TimeSpan WaitOf(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter?.Delta ?? Seconds(response, "Retry-After");
        var reset = Seconds(response, "RateLimit-Reset");
        var wait = retryAfter > reset ? retryAfter : reset;
        return wait ?? TimeSpan.FromSeconds(1);
    }

    private static TimeSpan? Seconds(HttpResponseMessage response, string header) =>
        Number(response, header) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    private static int? Number(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
