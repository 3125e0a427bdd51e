using Microsoft.Azure.Functions.Worker;
using PartnershipTeams.Protocol;

namespace PartnershipTeams.Functions.Functions;

/// <summary>The function "messages": POST /api/messages, where Teams sends activities (the bot authenticates them itself).</summary>
public static class MessagesFunction
{
    [Function("messages")]
    public static Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = BotEndpoint.Route)] HttpRequest request) =>
        BotEndpoint.HandleAsync(request);
}
