using System.Text.Json.Nodes;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>A timer-triggered function: its folder name and NCRONTAB schedule (six fields, with seconds).</summary>
public sealed record TimerFunction(string Name, string Schedule);

/// <summary>The functions of this app as their function.json files declare them: the one source of truth for schedules.</summary>
public static class FunctionDefinitions
{
    public static IReadOnlyList<TimerFunction> LoadTimers(string appRoot) =>
        [.. Directory.GetDirectories(appRoot)
            .Select(folder => (Name: Path.GetFileName(folder), File: Path.Combine(folder, "function.json")))
            .Where(f => File.Exists(f.File))
            .SelectMany(f => Bindings(f.File)
                .Where(b => (string?)b["type"] == "timerTrigger")
                .Select(b => new TimerFunction(f.Name, CheckedSchedule(f.File, (string?)b["schedule"]))))
            .OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>The schedule, if it is one the host and the standalone scheduler both read; the app does not start otherwise.</summary>
    private static string CheckedSchedule(string file, string? schedule)
    {
        try
        {
            return new TimerSchedule(schedule ?? throw new InvalidDataException($"{file}: a timer needs a schedule.")).Expression;
        }
        catch (Cronos.CronFormatException e)
        {
            throw new InvalidDataException($"{file}: the schedule '{schedule}' is not a six-field NCRONTAB expression (with seconds).", e);
        }
    }

    private static IEnumerable<JsonObject> Bindings(string file) =>
        (JsonNode.Parse(File.ReadAllText(file))?["bindings"] as JsonArray ?? []).OfType<JsonObject>();
}
