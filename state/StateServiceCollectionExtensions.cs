using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.State.AzureStorage;
using PartnershipTeams.State.InProcess;
using PartnershipTeams.State.Sqlite;

namespace PartnershipTeams.State;

/// <summary>
/// Registers the operational state and the submission queue: Azure Tables and an Azure Storage queue when the
/// Function App's storage (AzureWebJobsStorage) is configured, the embedded SQLite file and an in-process queue otherwise.
/// </summary>
public static class StateServiceCollectionExtensions
{
    /// <summary>Where the embedded operational state lives, relative to the working directory.</summary>
    public const string DefaultSqlitePath = "data/operations.db";

    public static IServiceCollection AddPartnershipState(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StateInitializer>();

        var azure = StateStorageOptions.From(configuration);
        if (azure.IsConfigured)
        {
            services.AddSingleton(azure);
            services.AddSingleton<IOperationalStore>(_ => new TableOperationalStore(TableService(azure)));
            services.AddSingleton(sp =>
            {
                var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
                var (queue, poison) = azure.ConnectionString is { } connection
                    ? (new QueueClient(connection, StateStorageOptions.QueueName, options), new QueueClient(connection, StateStorageOptions.QueueName + "-poison", options))
                    : (new QueueClient(new Uri(azure.QueueServiceUri!, StateStorageOptions.QueueName), Credential(azure), options),
                       new QueueClient(new Uri(azure.QueueServiceUri!, StateStorageOptions.QueueName + "-poison"), Credential(azure), options));
                // Polling waits in real time whatever clock the app keeps its business dates by.
                return new StorageQueueSubmissions(queue, poison, TimeProvider.System);
            });
            services.AddSingleton<ISubmissionQueueWriter>(sp => sp.GetRequiredService<StorageQueueSubmissions>());
            services.AddSingleton<IQueuedSubmissionSource>(sp => sp.GetRequiredService<StorageQueueSubmissions>());
        }
        else
        {
            var path = configuration["Store:StatePath"] ?? DefaultSqlitePath;
            services.AddSingleton<IOperationalStore>(sp => new SqliteOperationalStore(path, sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<InProcessSubmissions>();
            services.AddSingleton<ISubmissionQueueWriter>(sp => sp.GetRequiredService<InProcessSubmissions>());
            services.AddSingleton<IQueuedSubmissionSource>(sp => sp.GetRequiredService<InProcessSubmissions>());
        }

        return services;
    }

    private static TableServiceClient TableService(StateStorageOptions azure) =>
        azure.ConnectionString is { } connection ? new TableServiceClient(connection) : new TableServiceClient(azure.TableServiceUri!, Credential(azure));

    /// <summary>The app's managed identity (user-assigned when a client id is given), as the Functions host uses for the same account.</summary>
    private static ManagedIdentityCredential Credential(StateStorageOptions azure) =>
        azure.ManagedIdentityClientId is { } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
}
