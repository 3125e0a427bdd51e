using Microsoft.Graph;
using Microsoft.Graph.Models;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Graph;

/// <summary>Graph subscriptions on the provisioned SharePoint lists ("updated" is the change type lists support).</summary>
public sealed class GraphChangeSubscriptions(GraphServiceClient client, GraphListStore store) : IListChangeSubscriptions
{
    public async Task<string> SubscribeAsync(string list, Uri notificationUrl, string clientState, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var subscription = await client.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "updated",
            NotificationUrl = notificationUrl.ToString(),
            Resource = store.ResourceOf(list),
            ExpirationDateTime = expires,
            ClientState = clientState,
        }, cancellationToken: cancellationToken);
        return subscription?.Id ?? throw new ListStoreUnavailableException($"Graph created a subscription on '{list}' without an id.");
    }

    public async Task<bool> RenewAsync(string subscriptionId, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        try
        {
            await client.Subscriptions[subscriptionId].PatchAsync(new Subscription { ExpirationDateTime = expires }, cancellationToken: cancellationToken);
            return true;
        }
        catch (Microsoft.Kiota.Abstractions.ApiException e) when (e.ResponseStatusCode == 404)
        {
            return false;
        }
    }

    public string? ListOf(string resource) => store.ListOfResource(resource);
}
