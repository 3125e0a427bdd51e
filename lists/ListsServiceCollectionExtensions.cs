using System.Runtime.CompilerServices;
using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnershipTeams.Core.Documents;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Lists.Graph;
using PartnershipTeams.Lists.Seeding;
using PartnershipTeams.Lists.Sqlite;

namespace PartnershipTeams.Lists;

/// <summary>
/// Registers the list store the configuration asks for: SharePoint through Graph when SharePoint:SiteUrl is set,
/// the embedded SQLite store otherwise; and the start-up provisioning.
/// </summary>
public static class ListsServiceCollectionExtensions
{
    public static IServiceCollection AddPartnershipLists(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreStartupOptions>().BindConfiguration(SqliteStoreOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DemoDataSeeder>();
        services.AddSingleton<ListStoreInitializer>();
        services.AddSingleton<IRegisterReadiness>(sp => sp.GetRequiredService<ListStoreInitializer>());

        var sharePoint = configuration.GetSection(GraphStoreOptions.Section).Get<GraphStoreOptions>() ?? new GraphStoreOptions();
        if (sharePoint.IsConfigured)
        {
            AddSharePointStore(services);
        }
        else
        {
            AddSqliteStore(services);
        }

        return services;
    }

    /// <summary>
    /// SharePoint through Graph. In methods of their own: a method's precompiled code loads every assembly it names when
    /// it first runs, so the embedded store's start never loads the Graph SDK's assemblies.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddSharePointStore(IServiceCollection services)
    {
        services.AddOptions<GraphStoreOptions>().BindConfiguration(GraphStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TokenCredential>(sp => GraphCredentialFactory.Create(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value));
        // One pacer for Graph and the SharePoint REST API: the resource unit budget is the app's, whatever it calls.
        services.AddSingleton(sp => new RequestPacer(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => GraphClientBuilder.Build(
            sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value,
            sp.GetRequiredService<TokenCredential>(),
            pacer: sp.GetRequiredService<RequestPacer>(),
            time: sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => SharePointRestClient.Create(
            sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value,
            sp.GetRequiredService<TokenCredential>(),
            sp.GetRequiredService<RequestPacer>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new GraphListStore(
            sp.GetRequiredService<Microsoft.Graph.GraphServiceClient>(),
            sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value,
            sp.GetRequiredService<SharePointRestClient>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<GraphListStore>>()));
        services.AddSingleton<IListStore>(sp => sp.GetRequiredService<GraphListStore>());
        services.AddSingleton<IListChangeSubscriptions, GraphChangeSubscriptions>();
        services.AddSingleton<IItemAddress>(sp => new SharePointItemAddress(sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value));
        services.AddSingleton<IDocumentLibrary>(sp => new GraphDocumentLibrary(
            sp.GetRequiredService<Microsoft.Graph.GraphServiceClient>(),
            sp.GetRequiredService<IOptions<GraphStoreOptions>>().Value));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddSqliteStore(IServiceCollection services)
    {
        services.AddOptions<SqliteStoreOptions>().BindConfiguration(SqliteStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IListStore>(sp => new SqliteListStore(
            sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IDocumentLibrary, NoDocumentLibrary>();
    }
}
