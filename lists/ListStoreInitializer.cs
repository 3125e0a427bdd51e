using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Lists.Seeding;

namespace PartnershipTeams.Lists;

/// <summary>
/// Provisions every list and seeds the demo data at start-up; a store that cannot be reached is reported, not fatal.
/// A cold start of a version that has provisioned the store within the day only finds its lists
/// (<see cref="IListStore.AttachAsync"/>): on SharePoint 2 requests instead of a provisioning's check of each list's
/// columns, title and views (14 for today's 9 lists), each paid by the submission or reminder run that woke the instance.
/// </summary>
public sealed partial class ListStoreInitializer(
    IListStore store,
    DemoDataSeeder seeder,
    IOptions<StoreStartupOptions> options,
    TimeProvider time,
    ILogger<ListStoreInitializer> logger,
    IOperationalStore? state = null) : IRegisterReadiness
{
    /// <summary>How long a provisioning is trusted: one full check a day finds drift and retries titles and views that failed.</summary>
    public static readonly TimeSpan ProvisioningTrustedFor = TimeSpan.FromDays(1);

    private const string ProvisionedKey = "register-provisioned";
    private const string VersionValue = "Version";
    private const string AtValue = "At";

    /// <summary>Whether the lists are provisioned (false after a start while the store was down).</summary>
    public bool IsReady { get; private set; }

    /// <summary>
    /// This build's schemas and provisioning code: the module ids of the assemblies that define them change with their
    /// content, so a deployment that changes either provisions once.
    /// </summary>
    private static string Version { get; } =
        $"{typeof(PartnershipLists).Assembly.ManifestModule.ModuleVersionId:N}.{typeof(ListStoreInitializer).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>At start: finds the lists when this version provisioned them within the day, provisions them otherwise.</summary>
    public Task<bool> InitializeAsync(CancellationToken cancellationToken) => InitializeAsync(checkEverything: false, cancellationToken);

    /// <summary>A full provisioning whatever was recorded (the admin endpoint).</summary>
    public Task<bool> ProvisionAsync(CancellationToken cancellationToken) => InitializeAsync(checkEverything: true, cancellationToken);

    /// <summary>Provisions now if the start could not: the timers call this, so the app recovers when the store is back.</summary>
    public async Task<bool> EnsureReadyAsync(CancellationToken cancellationToken) => IsReady || await InitializeAsync(cancellationToken);

    private async Task<bool> InitializeAsync(bool checkEverything, CancellationToken cancellationToken)
    {
        try
        {
            var attached = !checkEverything && await ProvisionedRecentlyAsync(cancellationToken) && await store.AttachAsync(PartnershipLists.All, cancellationToken);
            if (!attached)
            {
                await ProvisionAllAsync(cancellationToken);
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

    private async Task ProvisionAllAsync(CancellationToken cancellationToken)
    {
        var others = await store.ProvisionAsync(PartnershipLists.All, cancellationToken);
        var retired = others.Intersect(PartnershipLists.Retired, StringComparer.OrdinalIgnoreCase).ToList();
        if (retired.Count > 0)
        {
            // Left as they are: a person decides when to remove them (README, "Upgrading from the first version").
            LogRetiredListsFound(logger, store.Kind, string.Join(", ", retired));
        }

        await RecordProvisionedAsync(cancellationToken);
    }

    private async Task<bool> ProvisionedRecentlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var entry = state is null ? null : await state.GetAsync(StateTable.SyncState, ProvisionedKey, cancellationToken);
            return entry?[VersionValue] == Version
                && StateValues.Instant(entry[AtValue]) is { } at
                && time.GetUtcNow() - at < ProvisioningTrustedFor;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without the record the start provisions, as it always did.
            LogRecordUnavailable(logger, e);
            return false;
        }
    }

    private async Task RecordProvisionedAsync(CancellationToken cancellationToken)
    {
        if (state is null)
        {
            return;
        }

        var values = new Dictionary<string, string?> { [VersionValue] = Version, [AtValue] = StateValues.Instant(time.GetUtcNow()) };
        try
        {
            await state.SetAsync(StateTable.SyncState, ProvisionedKey, values, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next start provisions again: slower, not wrong.
            LogRecordUnavailable(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {StoreKind} store still holds the first version's bookkeeping lists {Lists}; they are no longer used (that state is in Azure Storage now) and can be removed")]
    private static partial void LogRetiredListsFound(ILogger logger, StoreKind storeKind, string lists);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The {StoreKind} list store could not be provisioned; /health reports it until it can be reached")]
    private static partial void LogUnavailable(ILogger logger, StoreKind storeKind, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The record of the register's provisioning could not be read or written in the operational state; this start provisions in full")]
    private static partial void LogRecordUnavailable(ILogger logger, Exception exception);
}
