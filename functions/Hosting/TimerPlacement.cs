namespace PartnershipTeams.Functions.Hosting;

/// <summary>Who runs the timer functions: the Azure Functions host, the app's own scheduler, or nobody (switched off).</summary>
public enum TimerPlacement
{
    FunctionsHost,
    Standalone,
    Off,
}

/// <summary>Decides <see cref="TimerPlacement"/> as the registration does (the host, else <see cref="SchedulerOptions.Enabled"/>): what /health expects.</summary>
public static class TimerPlacements
{
    public static TimerPlacement Of(HostingMode hosting, SchedulerOptions scheduler) =>
        hosting.UnderFunctionsHost ? TimerPlacement.FunctionsHost
        : scheduler.Enabled ? TimerPlacement.Standalone
        : TimerPlacement.Off;
}
