using System.Diagnostics;

namespace PartnershipTeams.TestSupport;

/// <summary>What the tests and benchmarks that start the app as a process do alike: its stores in a folder of theirs, its output drained.</summary>
public static class AppProcesses
{
    /// <summary>The embedded register and operational state in <paramref name="folder"/>.</summary>
    public static ProcessStartInfo WithStoresIn(this ProcessStartInfo start, string folder)
    {
        start.Environment["Store__Path"] = Path.Combine(folder, "lists.db");
        start.Environment["Store__StatePath"] = Path.Combine(folder, "state.db");
        return start;
    }

    /// <summary>Starts the process with its output read and dropped (a full pipe would stall it).</summary>
    public static Process StartDiscardingOutput(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
