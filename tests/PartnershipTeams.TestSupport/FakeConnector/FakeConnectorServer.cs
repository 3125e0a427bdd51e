using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PartnershipTeams.TestSupport.FakeConnector;

/// <summary>
/// A local Bot Connector (the Teams service the bot replies to): records every call, answers with ids,
/// knows members' emails, and can answer the next calls with 429 (Retry-After) or 403. It also plays the user's
/// OneDrive in Teams' file flow: it takes uploads at the URLs its file consent answers hand out.
/// </summary>
public sealed partial class FakeConnectorServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private readonly ConcurrentQueue<(int Status, int RetryAfterSeconds, string? Location)> faults = new();
    private readonly ConcurrentDictionary<string, string> emails = new();
    private WebApplication app = null!;
    private int nextId;

    /// <summary>The serviceUrl to put in activities, e.g. http://127.0.0.1:5123/.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<ConnectorCall> Calls => [.. calls];

    public static async Task<FakeConnectorServer> StartAsync()
    {
        var server = new FakeConnectorServer();
        (server.app, var address) = await LoopbackServer.StartAsync(server.ServeAsync);
        server.ServiceUrl = address + "/";
        return server;
    }

    /// <summary>Called with each call as it arrives, before it is answered (to simulate what happens meanwhile).</summary>
    public Action<ConnectorCall>? OnCall { get; set; }

    /// <summary>What GET members/{id} answers for a user.</summary>
    public void KnowMember(string userId, string email) => emails[userId] = email;

    /// <summary>The next call is answered with this status (and Retry-After for 429) instead of being handled.</summary>
    public void FailNext(int status, int retryAfterSeconds = 1) => faults.Enqueue((status, retryAfterSeconds, null));

    /// <summary>The next call is answered with a 307 redirect to <paramref name="location"/> (same path).</summary>
    public void RedirectNext(string location) => faults.Enqueue((307, 0, location));

    /// <summary>Waits until at least <paramref name="count"/> calls arrived (replies may follow the HTTP answer).</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (calls.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return Calls;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(UploadsPath))
        {
            await ServeUploadAsync(context);
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var body = text.Length > 0 ? JsonNode.Parse(text) : null;
        var path = context.Request.Path.Value ?? string.Empty;
        var call = new ConnectorCall(context.Request.Method, path, context.Request.Headers.Authorization.ToString(), body);
        calls.Enqueue(call);
        OnCall?.Invoke(call);
        if (faults.TryDequeue(out var fault))
        {
            context.Response.StatusCode = fault.Status;
            if (fault.Location is not null)
            {
                context.Response.Headers.Location = fault.Location.TrimEnd('/') + path;
            }

            if (fault.Status == 429)
            {
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return;
        }

        var segments = path.Trim('/').Split('/');
        if (context.Request.Method == "GET" && segments is ["v3", "conversations", _, "members", var member])
        {
            var id = Uri.UnescapeDataString(member);
            if (!emails.TryGetValue(id, out var email))
            {
                context.Response.StatusCode = 404;
                return;
            }

            await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = id, ["email"] = email, ["userPrincipalName"] = email });
            return;
        }

        var newId = Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.StatusCode = context.Request.Method == "PUT" ? 200 : 201;
        await context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = segments is ["v3", "conversations"] ? $"a:conversation-{newId}" : $"activity-{newId}" });
    }
}
