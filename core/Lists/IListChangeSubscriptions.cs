namespace PartnershipTeams.Core.Lists;

/// <summary>
/// Change notifications for lists (Graph webhooks on SharePoint lists). The embedded store has none: it is
/// read by the timer alone.
/// </summary>
public interface IListChangeSubscriptions
{
    /// <summary>Creates a subscription on a list; returns its id.</summary>
    Task<string> SubscribeAsync(string list, Uri notificationUrl, string clientState, DateTimeOffset expires, CancellationToken cancellationToken);

    /// <summary>Moves a subscription's expiry; false when Graph no longer knows it (create a new one).</summary>
    Task<bool> RenewAsync(string subscriptionId, DateTimeOffset expires, CancellationToken cancellationToken);

    /// <summary>The list a notification's resource names ("sites/{site}/lists/{list id}"), if it is one of ours.</summary>
    string? ListOf(string resource);
}
