using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Application.Sync;

/// <summary>
/// The "subscriptions" timer: keeps one Graph subscription per synced list alive, renewing it well before it
/// expires (SharePoint list subscriptions last at most 30 days) and creating a new one when Graph forgot it.
/// </summary>
public sealed class SubscriptionKeeper(IServiceProvider services, SyncState state, IOptions<NotificationOptions> options, TimeProvider time) : ITimerJob
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(25);
    public static readonly TimeSpan RenewWithin = TimeSpan.FromDays(5);
    private static readonly string[] Lists = [VisitsList.Name, ActivitiesList.Name, GoalsList.Name];

    public string Name => "subscriptions";

    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var subscriptions = services.GetService<IListChangeSubscriptions>();
        if (subscriptions is null || !options.Value.IsConfigured)
        {
            return ["change notifications are off (embedded store, or Notifications:Url / Notifications:ClientState unset)"];
        }

        var now = time.GetUtcNow();
        var lines = new List<string>();
        foreach (var list in Lists)
        {
            var key = $"subscription:{list}";
            var saved = (await state.GetAsync(key, cancellationToken))?.Split('|');
            var expires = now + Lifetime;
            if (saved is [var id, var until] && DateTimeOffset.TryParse(until, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiry))
            {
                if (expiry - now > RenewWithin)
                {
                    continue;
                }

                if (await subscriptions.RenewAsync(id, expires, cancellationToken))
                {
                    await state.SetAsync(key, $"{id}|{expires:O}", cancellationToken);
                    lines.Add($"{list}: renewed until {expires:yyyy-MM-dd}");
                    continue;
                }
            }

            var created = await subscriptions.SubscribeAsync(list, options.Value.Url!, options.Value.ClientState!, expires, cancellationToken);
            await state.SetAsync(key, $"{created}|{expires:O}", cancellationToken);
            lines.Add($"{list}: subscribed until {expires:yyyy-MM-dd}");
        }

        return lines.Count > 0 ? lines : ["all subscriptions are current"];
    }
}
