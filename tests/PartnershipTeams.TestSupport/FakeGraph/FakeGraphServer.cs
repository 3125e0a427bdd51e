using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>
/// A local Graph server on 127.0.0.1 (random port) for the SharePoint adapter's tests: Graph's JSON shapes, paging,
/// $batch, bearer tokens required, request counters by kind, resource units and the per-minute budget, the SharePoint
/// REST calls under "{site}/_api/", and injectable faults.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    private WebApplication app = null!;
    private readonly ConcurrentQueue<GraphFault> faults = new();
    private readonly ConcurrentDictionary<string, int> counts = new();
    private readonly ConcurrentDictionary<string, byte> userAgents = new();

    private FakeGraphServer(TimeProvider time)
    {
        SharePoint = new FakeSharePoint(time);
        ResourceUnits = new ResourceUnitMeter(time);
    }

    /// <summary>The Graph root to configure, e.g. http://127.0.0.1:5123/v1.0.</summary>
    public string BaseUrl => SharePoint.BaseUrl;

    /// <summary>The site's SharePoint REST root on this server (what https://contoso.sharepoint.com/sites/partnerships is in Azure).</summary>
    public string SiteRestUrl { get; private set; } = string.Empty;

    public FakeSharePoint SharePoint { get; }

    /// <summary>Users, the app catalog and app installations: the calls of proactive installation.</summary>
    public FakeTeamsApps TeamsApps { get; } = new();

    /// <summary>Resource units spent and the budget per minute (none unless a test sets one).</summary>
    public ResourceUnitMeter ResourceUnits { get; }

    /// <summary>HTTP requests received (a $batch counts once; its steps count as "batch.step").</summary>
    public int TotalRequests => counts.Where(c => c.Key != "batch.step").Sum(c => c.Value);

    /// <summary>Every User-Agent the server has seen.</summary>
    public IReadOnlyCollection<string> UserAgents => [.. userAgents.Keys];

    public static async Task<FakeGraphServer> StartAsync(TimeProvider? time = null)
    {
        var server = new FakeGraphServer(time ?? TimeProvider.System);
        (server.app, var address) = await LoopbackServer.StartAsync(server.ServeAsync);
        server.SharePoint.BaseUrl = $"{address}/v1.0";
        server.SiteRestUrl = $"{address}/sites/partnerships";
        return server;
    }

    public int Count(string kind) => counts.GetValueOrDefault(kind);

    public void ResetCounts()
    {
        counts.Clear();
        ResourceUnits.Reset();
    }

    public void Inject(GraphFault fault) => faults.Enqueue(fault);

    /// <summary>How long every request takes (a slow or distant SharePoint); none by default.</summary>
    public TimeSpan Latency { get; set; }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var isRest = path.Contains("/_api/", StringComparison.OrdinalIgnoreCase);
        if (!isRest && !path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        path = isRest ? path : path["/v1.0".Length..];
        var kind = isRest ? FakeSharePoint.RestKindOf(context.Request.Method, path) : path == "/$batch" ? "batch" : FakeSharePoint.KindOf(context.Request.Method, path);
        counts.AddOrUpdate(kind, 1, (_, n) => n + 1);
        userAgents.TryAdd(context.Request.Headers.UserAgent.ToString(), 0);
        if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
        {
            await WriteAsync(context, GraphResponse.Error(401, "InvalidAuthenticationToken", "Access token is empty."));
            return;
        }

        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, context.RequestAborted);
        }

        if (TakeFault(kind) is { } fault && await ApplyAsync(context, fault))
        {
            return;
        }

        if (path.StartsWith("/drives/", StringComparison.Ordinal))
        {
            using var bytes = new MemoryStream();
            await context.Request.Body.CopyToAsync(bytes);
            await WriteAsync(context, SharePoint.Upload(context.Request.Method, path, bytes.ToArray()));
            return;
        }

        var body = context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0
            ? await JsonNode.ParseAsync(context.Request.Body)
            : null;
        var request = new GraphRequest(
            context.Request.Method,
            path,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        if (!isRest && FakeTeamsApps.Handles(path))
        {
            await WriteAsync(context, await TeamsApps.HandleAsync(request));
            return;
        }

        var (allowed, limits) = ResourceUnits.Charge(ResourceUnitMeter.CostOf(kind, request.Query));
        if (!allowed)
        {
            await WriteAsync(context, GraphResponse.Error(429, "TooManyRequests", "The application has used its resource units for this minute.", limits));
            return;
        }

        var answer = kind == "batch" ? Batch(request) : isRest ? SharePoint.HandleRest(request) : SharePoint.Handle(request);
        await WriteAsync(context, answer with { Headers = Merge(answer.Headers, limits) });
    }

    private GraphResponse Batch(GraphRequest request)
    {
        var steps = request.Body?["requests"]?.AsArray() ?? [];
        if (steps.Count > 20)
        {
            return GraphResponse.Error(400, "invalidRequest", "A batch holds at most 20 requests.");
        }

        var responses = new JsonArray();
        IReadOnlyDictionary<string, string> lastLimits = new Dictionary<string, string>();
        foreach (var step in steps.Select(s => s!.AsObject()))
        {
            counts.AddOrUpdate("batch.step", 1, (_, n) => n + 1);
            var url = new Uri(new Uri("http://graph.local"), (string)step["url"]!);
            var stepPath = url.AbsolutePath.StartsWith("/v1.0/", StringComparison.Ordinal) ? url.AbsolutePath["/v1.0".Length..] : url.AbsolutePath;
            var stepRequest = new GraphRequest(
                (string)step["method"]!,
                Uri.UnescapeDataString(stepPath),
                Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query).ToDictionary(q => q.Key, q => q.Value.ToString()),
                step["headers"]?.AsObject().ToDictionary(h => h.Key, h => h.Value!.ToString(), StringComparer.OrdinalIgnoreCase) ?? [],
                step["body"]?.DeepClone());
            GraphResponse answer;
            if (TakeFault("batch.step") is { Kind: GraphFaultKind.TooManyRequests } fault)
            {
                answer = GraphResponse.Error(429, "TooManyRequests", "Throttled.", ThrottleHeaders(fault));
            }
            else
            {
                // Each step costs what the same call would on its own.
                var (allowed, limits) = ResourceUnits.Charge(ResourceUnitMeter.CostOf(FakeSharePoint.KindOf(stepRequest.Method, stepRequest.Path), stepRequest.Query));
                lastLimits = limits;
                answer = allowed
                    ? SharePoint.Handle(stepRequest)
                    : GraphResponse.Error(429, "TooManyRequests", "The application has used its resource units for this minute.", limits);
            }

            var headers = new JsonObject { ["Content-Type"] = "application/json" };
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            {
                headers[name] = value;
            }

            responses.Add(new JsonObject { ["id"] = (string)step["id"]!, ["status"] = answer.Status, ["headers"] = headers, ["body"] = answer.Body });
        }

        return new GraphResponse(200, new JsonObject { ["responses"] = responses }, lastLimits);
    }

    private static Dictionary<string, string> ThrottleHeaders(GraphFault fault)
    {
        var headers = new Dictionary<string, string> { ["Retry-After"] = fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture) };
        if (fault.RateLimitResetSeconds is { } reset)
        {
            headers["RateLimit-Limit"] = "1250";
            headers["RateLimit-Remaining"] = "0";
            headers["RateLimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
        }

        return headers;
    }

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string>? first, IReadOnlyDictionary<string, string> second)
    {
        var merged = new Dictionary<string, string>(first ?? new Dictionary<string, string>());
        foreach (var (name, value) in second)
        {
            merged[name] = value;
        }

        return merged;
    }

    private GraphFault? TakeFault(string kind)
    {
        if (!faults.TryPeek(out var fault) || (fault.RequestKind != "*" && fault.RequestKind != kind))
        {
            return null;
        }

        faults.TryDequeue(out _);
        if (fault.Times > 1)
        {
            // Keep the rest of a multi-shot fault at the front for the next matching request.
            var rest = faults.ToArray();
            faults.Clear();
            faults.Enqueue(fault with { Times = fault.Times - 1 });
            foreach (var other in rest)
            {
                faults.Enqueue(other);
            }
        }

        return fault;
    }

    private static async Task<bool> ApplyAsync(HttpContext context, GraphFault fault)
    {
        switch (fault.Kind)
        {
            case GraphFaultKind.TooManyRequests:
                await WriteAsync(context, GraphResponse.Error(429, "TooManyRequests", "Too many requests.", ThrottleHeaders(fault)));
                return true;
            case GraphFaultKind.ServiceUnavailable:
                await WriteAsync(context, GraphResponse.Error(503, "serviceNotAvailable", "Service unavailable.", ThrottleHeaders(fault)));
                return true;
            case GraphFaultKind.ServerError:
                await WriteAsync(context, GraphResponse.Error(500, "generalException", "General exception while processing."));
                return true;
            case GraphFaultKind.ConnectionReset:
                context.Abort();
                return true;
            default:
                await Task.Delay(fault.Delay ?? TimeSpan.FromSeconds(1), context.RequestAborted);
                return false;
        }
    }

    private static async Task WriteAsync(HttpContext context, GraphResponse response)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body.ToJsonString());
        }
    }
}
