namespace PartnershipTeams.Functions.Tests.ExactlyOnce;

/// <summary>Exactly once with the operational state in the embedded SQLite file (the laptop default).</summary>
public sealed class ExactlyOnceOnEmbeddedStateTests : ExactlyOnceTests
{
    protected override Task<IReadOnlyDictionary<string, string?>> StateSettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
}
