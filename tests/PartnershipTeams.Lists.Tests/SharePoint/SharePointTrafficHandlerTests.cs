using System.Net;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Lists.Graph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>
/// The last handler before SharePoint: paces calls once the RateLimit headers show the budget running low, and makes a
/// throttled answer wait the later of Retry-After and RateLimit-Reset (devblogs.microsoft.com/microsoft365dev, "Prevent
/// throttling in your application by using RateLimit headers in SharePoint Online"). The network is a canned answer.
/// </summary>
public sealed class SharePointTrafficHandlerTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private readonly CannedNetwork network = new();
    private readonly HttpClient client;

    public SharePointTrafficHandlerTests() =>
        client = new HttpClient(new SharePointTrafficHandler("Linkopings kommun", new RequestPacer(clock), clock) { InnerHandler = network });

    public void Dispose() => client.Dispose();

    private static HttpResponseMessage Answer(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    [Fact]
    public async Task SendAsyncAfterAnAnswerShowingTwentyUnitsLeftForThirtySeconds_SpacesTheNextCallsThreeSecondsApart()
    {
        network.Answers.Enqueue(Answer(HttpStatusCode.OK, ("RateLimit-Limit", "1250"), ("RateLimit-Remaining", "20"), ("RateLimit-Reset", "30")));
        await client.GetAsync(new Uri("https://graph.local/v1.0/sites/a"));

        var first = client.GetAsync(new Uri("https://graph.local/v1.0/sites/b"));
        await first;
        var second = client.GetAsync(new Uri("https://graph.local/v1.0/sites/c"));

        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(HttpStatusCode.OK, (await second).StatusCode);
    }

    [Fact]
    public async Task SendAsyncThrottled_SetsRetryAfterToTheLaterOfRetryAfterAndRateLimitReset()
    {
        network.Answers.Enqueue(Answer(HttpStatusCode.TooManyRequests, ("Retry-After", "1"), ("RateLimit-Remaining", "0"), ("RateLimit-Reset", "7")));

        var throttled = await client.GetAsync(new Uri("https://graph.local/v1.0/sites/a"));

        Assert.Equal(TimeSpan.FromSeconds(7), throttled.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task SendAsyncAfterAThrottledAnswer_HoldsTheNextCallUntilTheWaitIsOver()
    {
        network.Answers.Enqueue(Answer(HttpStatusCode.TooManyRequests, ("Retry-After", "5")));
        await client.GetAsync(new Uri("https://graph.local/v1.0/sites/a"));

        var next = client.GetAsync(new Uri("https://graph.local/v1.0/sites/b"));

        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.OK, (await next).StatusCode);
    }

    [Fact]
    public async Task SendAsyncAlways_DecoratesTheCallAsAnEnterpriseApplication()
    {
        await client.GetAsync(new Uri("https://graph.local/v1.0/sites/a"));

        Assert.StartsWith($"NONISV|Linkopings kommun|PartnershipTeams/{SharePointTrafficHandler.Version}", network.UserAgents.Single(), StringComparison.Ordinal);
    }

    /// <summary>The network: answers in order, then 200 OK; remembers the User-Agent of each call.</summary>
    private sealed class CannedNetwork : HttpMessageHandler
    {
        public Queue<HttpResponseMessage> Answers { get; } = new();

        public List<string> UserAgents { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            UserAgents.Add(string.Join(' ', request.Headers.GetValues("User-Agent")));
            return Task.FromResult(Answers.Count > 0 ? Answers.Dequeue() : new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
