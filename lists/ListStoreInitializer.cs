using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Lists.Errors;
using PartnershipTeams.Lists.Seeding;

namespace PartnershipTeams.Lists;

/// <summary>Provisions every list and seeds the demo data once at start-up; a store that cannot be reached is reported, not fatal.</summary>
public sealed partial class ListStoreInitializer(
    IListStore store,
    DemoDataSeeder seeder,
    IOptions<StoreStartupOptions> options,
    ILogger<ListStoreInitializer> logger)
{
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.ProvisionAsync(PartnershipLists.All, cancellationToken);
            if (options.Value.SeedDemoData ?? store is Sqlite.SqliteListStore)
            {
                await seeder.SeedAsync(cancellationToken);
            }

            return true;
        }
        catch (ListStoreUnavailableException e)
        {
            LogUnavailable(logger, store.Kind, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The {StoreKind} list store could not be provisioned; /health reports it until it can be reached")]
    private static partial void LogUnavailable(ILogger logger, string storeKind, Exception exception);
}
