namespace PartnershipTeams.Functions.Hosting;

/// <summary>Who runs the timer functions: the Azure Functions host, the app's own scheduler, or nobody (switched off).</summary>
public enum TimerPlacement
{
    FunctionsHost,
    Standalone,
    Off,
}

/// <summary>Decides <see cref="TimerPlacement"/> from the configuration: the one place both the registration and /health ask.</summary>
public static class TimerPlacements
{
    public const string EnabledSetting = "Scheduler:Enabled";

    public static TimerPlacement Of(IConfiguration configuration) =>
        FunctionsHostPort.IsUnderFunctionsHost(configuration) ? TimerPlacement.FunctionsHost
        : configuration.GetValue(EnabledSetting, defaultValue: true) ? TimerPlacement.Standalone
        : TimerPlacement.Off;
}
