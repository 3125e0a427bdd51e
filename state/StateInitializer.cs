using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.State.AzureStorage;

namespace PartnershipTeams.State;

/// <summary>Creates the state tables and, in Azure Storage, the submission queues; idempotent.</summary>
public sealed class StateInitializer(IOperationalStore store, IServiceProvider services)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        if (services.GetService<StorageQueueSubmissions>() is { } queue)
        {
            await queue.EnsureCreatedAsync(cancellationToken);
        }
    }
}
