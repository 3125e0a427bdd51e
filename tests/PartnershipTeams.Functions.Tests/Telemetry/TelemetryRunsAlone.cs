namespace PartnershipTeams.Functions.Tests.Telemetry;

/// <summary>
/// Telemetry tests run alone: the app's ActivitySource and Meter are static, so while two apps run in one process each
/// would see the other's spans and measurements.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryRunsAlone
{
    public const string Name = "Telemetry";
}
