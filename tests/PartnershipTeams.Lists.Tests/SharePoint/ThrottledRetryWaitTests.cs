using System.Diagnostics;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Tests.Contract;
using PartnershipTeams.Lists.Tests.Graph;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// A throttled call waits the later of Retry-After and RateLimit-Reset before it is sent again: retrying earlier only
/// spends resource units the app does not have ("Avoid getting throttled or blocked in SharePoint Online": throttled
/// requests count toward usage). Real time, seconds long: the SDK's retry handler waits on the system clock.
/// </summary>
public sealed class ThrottledRetryWaitTests : SharePointBehaviourTests
{

    [Fact]
    public async Task CreateAsyncThrottledWithRateLimitResetLaterThanRetryAfter_WaitsForTheLater()
    {
        Server.Inject(new GraphFault("items.post", GraphFaultKind.TooManyRequests, RetryAfterSeconds: 1, RateLimitResetSeconds: 2));
        var clock = Stopwatch.StartNew();

        await Store.CreateAsync(TestLists.Things, new Dictionary<string, object?> { ["Title"] = "Patient" }, None);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"waited {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.Equal(2, Server.Count("items.post"));
    }
}
