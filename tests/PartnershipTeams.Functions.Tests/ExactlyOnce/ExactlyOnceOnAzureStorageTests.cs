using PartnershipTeams.TestSupport.Azurite;

namespace PartnershipTeams.Functions.Tests.ExactlyOnce;

/// <summary>Exactly once with the operational state in Azure Tables and submissions on an Azure Storage queue (Azurite).</summary>
public sealed class ExactlyOnceOnAzureStorageTests(AzuriteFixture azurite) : ExactlyOnceTests, IClassFixture<AzuriteFixture>
{
    protected override async Task<IReadOnlyDictionary<string, string?>> StateSettingsAsync()
    {
        await azurite.Server.ResetAsync();
        return new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.Server.ConnectionString };
    }
}
