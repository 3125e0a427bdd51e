namespace PartnershipTeams.Functions.Hosting;

/// <summary>The standalone scheduler (section "Scheduler"): on by default where no Functions host runs the timers.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>False stops the timers on this machine (tests, or a second instance); POST /sync and /reminders still run them.</summary>
    public bool Enabled { get; set; } = true;
}
