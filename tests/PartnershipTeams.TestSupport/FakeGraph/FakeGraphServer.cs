using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PartnershipTeams.TestSupport.FakeGraph;

/// <summary>
/// A local Graph server on 127.0.0.1 (random port) for the SharePoint adapter's tests: Graph's JSON shapes,
/// paging, $batch, bearer tokens required, request counters by kind, and injectable faults.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    private WebApplication app = null!;
    private readonly ConcurrentQueue<GraphFault> faults = new();
    private readonly ConcurrentDictionary<string, int> counts = new();

    private FakeGraphServer(TimeProvider time) => SharePoint = new FakeSharePoint(time);

    /// <summary>The Graph root to configure, e.g. http://127.0.0.1:5123/v1.0.</summary>
    public string BaseUrl => SharePoint.BaseUrl;

    public FakeSharePoint SharePoint { get; }

    /// <summary>HTTP requests received (a $batch counts once; its steps count as "batch.step").</summary>
    public int TotalRequests => counts.Where(c => c.Key != "batch.step").Sum(c => c.Value);

    public static async Task<FakeGraphServer> StartAsync(TimeProvider? time = null)
    {
        var server = new FakeGraphServer(time ?? TimeProvider.System);
        (server.app, var address) = await LoopbackServer.StartAsync(server.ServeAsync);
        server.SharePoint.BaseUrl = $"{address}/v1.0";
        return server;
    }

    public int Count(string kind) => counts.GetValueOrDefault(kind);

    public void ResetCounts() => counts.Clear();

    public void Inject(GraphFault fault) => faults.Enqueue(fault);

    /// <summary>How long every request takes (a slow or distant SharePoint); none by default.</summary>
    public TimeSpan Latency { get; set; }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        path = path["/v1.0".Length..];
        var kind = path == "/$batch" ? "batch" : FakeSharePoint.KindOf(context.Request.Method, path);
        counts.AddOrUpdate(kind, 1, (_, n) => n + 1);
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

        var body = context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0
            ? await JsonNode.ParseAsync(context.Request.Body)
            : null;
        var request = new GraphRequest(
            context.Request.Method,
            path,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        await WriteAsync(context, kind == "batch" ? Batch(request) : SharePoint.Handle(request));
    }

    private GraphResponse Batch(GraphRequest request)
    {
        var steps = request.Body?["requests"]?.AsArray() ?? [];
        if (steps.Count > 20)
        {
            return GraphResponse.Error(400, "invalidRequest", "A batch holds at most 20 requests.");
        }

        var responses = new JsonArray();
        foreach (var step in steps.Select(s => s!.AsObject()))
        {
            counts.AddOrUpdate("batch.step", 1, (_, n) => n + 1);
            var url = new Uri(new Uri("http://graph.local"), (string)step["url"]!);
            var stepPath = url.AbsolutePath.StartsWith("/v1.0/", StringComparison.Ordinal) ? url.AbsolutePath["/v1.0".Length..] : url.AbsolutePath;
            var answer = TakeFault("batch.step") is { Kind: GraphFaultKind.TooManyRequests } fault
                ? GraphResponse.Error(429, "TooManyRequests", "Throttled.", new Dictionary<string, string> { ["Retry-After"] = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                : SharePoint.Handle(new GraphRequest(
                    (string)step["method"]!,
                    Uri.UnescapeDataString(stepPath),
                    Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query).ToDictionary(q => q.Key, q => q.Value.ToString()),
                    step["headers"]?.AsObject().ToDictionary(h => h.Key, h => h.Value!.ToString(), StringComparer.OrdinalIgnoreCase) ?? [],
                    step["body"]?.DeepClone()));
            var headers = new JsonObject { ["Content-Type"] = "application/json" };
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            {
                headers[name] = value;
            }

            responses.Add(new JsonObject { ["id"] = (string)step["id"]!, ["status"] = answer.Status, ["headers"] = headers, ["body"] = answer.Body });
        }

        return new GraphResponse(200, new JsonObject { ["responses"] = responses });
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
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteAsync(context, GraphResponse.Error(429, "TooManyRequests", "Too many requests."));
                return true;
            case GraphFaultKind.ServiceUnavailable:
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteAsync(context, GraphResponse.Error(503, "serviceNotAvailable", "Service unavailable."));
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
