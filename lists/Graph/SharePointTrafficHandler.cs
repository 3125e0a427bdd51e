using System.Net.Http.Headers;
using System.Reflection;
using PartnershipTeams.Core.Telemetry;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// The last handler before the network, for Graph and the SharePoint REST API alike: decorates every call with the
/// User-Agent SharePoint asks for ("NONISV|{organisation}|{app}/{version}"; decorated traffic is throttled last), spaces calls
/// by the <see cref="RequestPacer"/>, and makes a throttled answer's Retry-After the later of Retry-After and
/// RateLimit-Reset, so the SDK's retry handler waits long enough (learn.microsoft.com/sharepoint/dev/general-development/
/// how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).
/// </summary>
public sealed class SharePointTrafficHandler(string organisation, RequestPacer pacer, TimeProvider time) : DelegatingHandler
{
    private readonly string userAgent = $"NONISV|{organisation}|PartnershipTeams/{Version}";

    /// <summary>The product version, without build metadata.</summary>
    public static string Version { get; } =
        (typeof(SharePointTrafficHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0").Split('+')[0];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var others = request.Headers.UserAgent.ToString();
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", $"{userAgent} {others}".Trim());

        var isBatch = request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal) == true;
        var cost = isBatch ? RequestPacer.BatchCost : RequestPacer.CallCost;
        PartnershipMetrics.GraphCall(isBatch, cost);
        var wait = pacer.Reserve(cost);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        pacer.Observe(response);
        if ((int)response.StatusCode is 429 or 503)
        {
            PartnershipMetrics.GraphThrottled((int)response.StatusCode);
            response.Headers.RetryAfter = new RetryConditionHeaderValue(RequestPacer.WaitOf(response));
        }

        return response;
    }
}
