using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Lists.Seeding;

namespace PartnershipTeams.Lists;

/// <summary>Provisions every list and seeds the demo data once at start-up; a store that cannot be reached is reported, not fatal.</summary>
public sealed partial class ListStoreInitializer(
    IListStore store,
    DemoDataSeeder seeder,
    IOptions<StoreStartupOptions> options,
    ILogger<ListStoreInitializer> logger) : IRegisterReadiness
{
    /// <summary>Whether the lists are provisioned (false after a start while the store was down).</summary>
    public bool IsReady { get; private set; }

    public async Task<bool> InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var others = await store.ProvisionAsync(PartnershipLists.All, cancellationToken);
            var retired = others.Intersect(PartnershipLists.Retired, StringComparer.OrdinalIgnoreCase).ToList();
            if (retired.Count > 0)
            {
                // Left as they are: a person decides when to remove them (README, "Upgrading from the first version").
                LogRetiredListsFound(logger, store.Kind, string.Join(", ", retired));
            }

            if (options.Value.SeedDemoData ?? store.Kind == StoreKind.Sqlite)
            {
                await seeder.SeedAsync(cancellationToken, currentPeriod: options.Value.SeedDemoCurrentPeriod);
            }

            return IsReady = true;
        }
        catch (ListStoreUnavailableException e)
        {
            LogUnavailable(logger, store.Kind, e);
            return false;
        }
    }

    /// <summary>Provisions now if the start could not: the timers call this, so the app recovers when the store is back.</summary>
    public async Task<bool> EnsureReadyAsync(CancellationToken cancellationToken) => IsReady || await InitializeAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {StoreKind} store still holds the first version's bookkeeping lists {Lists}; they are no longer used (that state is in Azure Storage now) and can be removed")]
    private static partial void LogRetiredListsFound(ILogger logger, StoreKind storeKind, string lists);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The {StoreKind} list store could not be provisioned; /health reports it until it can be reached")]
    private static partial void LogUnavailable(ILogger logger, StoreKind storeKind, Exception exception);
}
