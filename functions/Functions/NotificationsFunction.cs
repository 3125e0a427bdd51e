using Microsoft.Azure.Functions.Worker;
using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.Functions.Functions;

/// <summary>The function "notifications": POST /api/notifications, Graph's change notifications (their clientState is checked).</summary>
public static class NotificationsFunction
{
    [Function("notifications")]
    public static Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = NotificationEndpoint.Route)] HttpRequest request) =>
        NotificationEndpoint.HandleAsync(request);
}
