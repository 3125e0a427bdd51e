using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using PartnershipTeams.Functions.Functions;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>A timer function: its name and its six-field NCRONTAB schedule (with seconds), read in UTC.</summary>
public sealed record TimerFunction(string Name, string Schedule)
{
    /// <summary>
    /// The timers as the [Function]s declare them — the metadata the Functions host reads is generated from the same
    /// attributes — with each "%Setting%" schedule read from configuration as the host reads it from app settings. The
    /// app does not start alone with a schedule missing or unreadable; under the Functions host, which reads the schedules
    /// itself, a missing one is kept as the setting's name.
    /// </summary>
    public static IReadOnlyList<TimerFunction> Declared(IConfiguration configuration, bool schedulesRequired = true) =>
        [.. typeof(TimerFunctions).GetMethods()
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()).FirstOrDefault(t => t is not null)))
            .Where(f => f.Function is not null && f.Trigger is not null)
            .Select(f => new TimerFunction(f.Function!.Name, Resolved(configuration, f.Function.Name, f.Trigger!.Schedule, schedulesRequired)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)];

    private static string Resolved(IConfiguration configuration, string function, string schedule, bool required)
    {
        var setting = schedule.StartsWith('%') && schedule.EndsWith('%') ? schedule.Trim('%') : null;
        if (setting is not null && configuration[setting] is null && !required)
        {
            return schedule;
        }

        var expression = setting is not null
            ? configuration[setting] ?? throw new InvalidDataException($"The timer {function} has no schedule: set {schedule.Trim('%')} (a six-field NCRONTAB expression, UTC).")
            : schedule;
        try
        {
            return new TimerSchedule(expression).Expression;
        }
        catch (Cronos.CronFormatException e)
        {
            throw new InvalidDataException($"The timer {function}'s schedule '{expression}' ({schedule.Trim('%')}) is not a six-field NCRONTAB expression (with seconds).", e);
        }
    }
}
