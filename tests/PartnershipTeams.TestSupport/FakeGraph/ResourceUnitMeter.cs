using System.Globalization;

namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>
/// SharePoint's application throttling, as "Avoid getting throttled or blocked in SharePoint Online" describes it
/// (learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online):
/// Graph calls cost resource units (1 for a single item or a delta with a token, 2 for a multi-item query, a delta
/// without a token or a write; each step of a $batch on its own), an app gets a budget per minute (1,250 to 6,250 by
/// licence count), RateLimit-Limit/-Remaining/-Reset headers appear from 80 % of it on, and past it the answer is
/// 429 with Retry-After. Throttled calls count too. Without a budget the meter only counts.
/// </summary>
public sealed class ResourceUnitMeter(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;
    private int used;

    /// <summary>Resource units an app may use per minute; null for no limit.</summary>
    public int? BudgetPerMinute { get; set; }

    /// <summary>Resource units of the calls served since the last reset.</summary>
    public long Total { get; private set; }

    /// <summary>Calls answered 429 by the budget since the last reset.</summary>
    public int Throttled { get; private set; }

    public void Reset()
    {
        lock (gate)
        {
            Total = 0;
            Throttled = 0;
        }
    }

    /// <summary>The cost of a request by its kind (see <see cref="FakeSharePoint.KindOf"/>), as the throttling guide lists it.</summary>
    public static int CostOf(string kind, IReadOnlyDictionary<string, string> query) => kind switch
    {
        "batch" => 0,
        "item.get" or "site.get" => 1,
        "delta" => query.TryGetValue("token", out var token) && token.Length > 0 && token != "0" ? 1 : 2,
        _ => 2,
    };

    /// <summary>Charges a call; whether it may be served, and the headers its answer carries.</summary>
    public (bool Allowed, IReadOnlyDictionary<string, string> Headers) Charge(int cost)
    {
        lock (gate)
        {
            if (BudgetPerMinute is not { } budget)
            {
                Total += cost;
                return (true, new Dictionary<string, string>());
            }

            var now = time.GetUtcNow();
            if (now - windowStart >= Window)
            {
                windowStart = now;
                used = 0;
            }

            used += cost;
            var reset = Math.Max(1, (int)Math.Ceiling((windowStart + Window - now).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            var headers = new Dictionary<string, string>();
            if (used >= budget * 0.8)
            {
                headers["RateLimit-Limit"] = budget.ToString(CultureInfo.InvariantCulture);
                headers["RateLimit-Remaining"] = Math.Max(0, budget - used).ToString(CultureInfo.InvariantCulture);
                headers["RateLimit-Reset"] = reset;
            }

            if (used > budget)
            {
                Throttled++;
                headers["Retry-After"] = reset;
                return (false, headers);
            }

            Total += cost;
            return (true, headers);
        }
    }
}
