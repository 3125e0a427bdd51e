using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipTeams.Lists.Seeding;
using PartnershipTeams.Lists.Sqlite;

namespace PartnershipTeams.Lists;

/// <summary>Registers the list store the configuration asks for, and its start-up provisioning.</summary>
public static class ListsServiceCollectionExtensions
{
    public static IServiceCollection AddPartnershipLists(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SqliteStoreOptions>().BindConfiguration(SqliteStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StoreStartupOptions>().BindConfiguration(SqliteStoreOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IListStore>(sp => new SqliteListStore(
            sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DemoDataSeeder>();
        services.AddSingleton<ListStoreInitializer>();
        return services;
    }
}
