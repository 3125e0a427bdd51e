using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// The Bot Connector REST API: replies, updates, proactive messages and new 1:1 conversations. Sends only to
/// allowed serviceUrls, one message at a time per conversation; 403/404 means the conversation is gone.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ServiceUrlPolicy policy, ConversationSendGate queue)
{
    public Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        PostAsync(serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, cancellationToken);

    public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        queue.RunAsync(conversationId, async () =>
        {
            using var response = await http.PutAsJsonAsync(Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}"), activity, BotJson.Options, cancellationToken);
            await EnsureSuccessAsync(response, conversationId);
            return 0;
        }, cancellationToken);

    /// <summary>Opens (or finds) the 1:1 chat of the bot with a user in a tenant and returns its conversation id.</summary>
    public async Task<string> CreateConversationAsync(string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = new JsonObject { ["id"] = botId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = userId }),
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        using var response = await http.PostAsJsonAsync(Url(serviceUrl, "v3/conversations"), parameters, BotJson.Options, cancellationToken);
        await EnsureSuccessAsync(response, userId);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(BotJson.Options, cancellationToken);
        return body?["id"]?.GetValue<string>() ?? throw new DeliveryFailedException("The connector created a conversation without an id.", response.StatusCode);
    }

    /// <summary>A member of a conversation, with the email and UPN Teams knows for them.</summary>
    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}"), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        return await response.Content.ReadFromJsonAsync<ChannelAccount>(BotJson.Options, cancellationToken);
    }

    private Task<string?> PostAsync(string serviceUrl, string conversationId, string path, Activity activity, CancellationToken cancellationToken) =>
        queue.RunAsync(conversationId, async () =>
        {
            using var response = await http.PostAsJsonAsync(Url(serviceUrl, path), activity, BotJson.Options, cancellationToken);
            await EnsureSuccessAsync(response, conversationId);
            var body = response.Content.Headers.ContentLength is 0 ? null : await response.Content.ReadFromJsonAsync<JsonObject>(BotJson.Options, cancellationToken);
            return body?["id"]?.GetValue<string>();
        }, cancellationToken);

    private Uri Url(string serviceUrl, string path)
    {
        if (!policy.Allows(serviceUrl))
        {
            throw new DeliveryFailedException($"The serviceUrl '{serviceUrl}' is not one the bot sends to.", HttpStatusCode.BadRequest);
        }

        return new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string conversation)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var detail = await response.Content.ReadAsStringAsync();
        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // Logged by callers: the chat (or, for a new one, the user) is named by its pseudonym only.
            throw new ConversationGoneException($"Teams refused the conversation {Pseudonym.Of(conversation)} ({(int)response.StatusCode}): the bot was removed or blocked.", response.StatusCode);
        }

        throw new DeliveryFailedException($"The connector answered {(int)response.StatusCode}: {detail[..Math.Min(detail.Length, 300)]}", response.StatusCode);
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
