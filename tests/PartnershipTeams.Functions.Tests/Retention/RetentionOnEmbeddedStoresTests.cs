namespace PartnershipTeams.Functions.Tests.Retention;

/// <summary>Retention with the register and the operational state in the embedded SQLite files (the laptop default).</summary>
public sealed class RetentionOnEmbeddedStoresTests : RetentionTests
{
    protected override Task<Dictionary<string, string?>> StoreSettingsAsync() => Task.FromResult(new Dictionary<string, string?>());
}
