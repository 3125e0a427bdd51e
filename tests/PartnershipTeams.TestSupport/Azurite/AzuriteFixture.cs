using Xunit;

namespace PartnershipTeams.TestSupport.Azurite;

/// <summary>One Azurite for a test class.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await AzuriteServer.StartAsync();

    public Task DisposeAsync() => Server.DisposeAsync().AsTask();
}
