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

    /// <summary>Teams' rate limits, when this connector enforces them (<see cref="StartAsync"/> with enforceRateLimits).</summary>
    public ConnectorRateLimits? RateLimits { get; private init; }

    public static async Task<FakeConnectorServer> StartAsync(bool enforceRateLimits = false)
    {
        var server = new FakeConnectorServer { RateLimits = enforceRateLimits ? new ConnectorRateLimits(TimeProvider.System) : null };
        (server.app, var address) = await LoopbackServer.StartAsync(server.ServeAsync);
        server.ServiceUrl = address + "/";
        return server;
    }

    /// <summary>Called with each call as it arrives, before it is answered (to simulate what happens meanwhile).</summary>
    public Action<ConnectorCall>? OnCall { get; set; }

    /// <summary>How long the connector takes to answer each call (a slow or distant connector).</summary>
    public TimeSpan Latency { get; set; }

    private TaskCompletionSource held = Released();

    /// <summary>Holds every send (POST or PUT of an activity) unanswered until <see cref="ReleaseSends"/>.</summary>
    public void HoldSends() => held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Answers the sends held, and those after.</summary>
    public void ReleaseSends() => held.TrySetResult();

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    /// <summary>What GET members/{id} answers for a user.</summary>
    public void KnowMember(string userId, string email) => emails[userId] = email;

    /// <summary>
    /// What Teams does once Graph installed the app for a user (proactive installation): it sends the bot a
    /// conversationUpdate naming the bot among the members added to the new personal chat, and from then on knows
    /// the member (their email, for GET members). Posts it to the bot through <paramref name="bot"/>.
    /// </summary>
    public async Task AnnounceInstallAsync(HttpClient bot, string chatId, string userAadObjectId, string email, string locale = "sv-SE")
    {
        var userId = "29:" + userAadObjectId;
        KnowMember(userId, email);
        var activity = Activities.Base("conversationUpdate", ServiceUrl, locale);
        activity["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = userAadObjectId };
        activity["conversation"] = new JsonObject { ["id"] = chatId, ["conversationType"] = "personal", ["tenantId"] = Activities.TenantId };
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await bot.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
    }

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
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        if (context.Request.Method is "POST" or "PUT" && path.Contains("/activities", StringComparison.Ordinal))
        {
            await held.Task;
        }
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
        var sendsTo = context.Request.Method is "POST" or "PUT" && segments is ["v3", "conversations", var conversation, "activities", ..] ? conversation : null;
        if (RateLimits is { } limits && !limits.TryAdmit(sendsTo))
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            return;
        }

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
