using System.Diagnostics;
using System.Globalization;
using System.Net;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bench;

/// <summary>What the benchmarks that start the built app as a process need of it: whether a path answers, its memory.</summary>
public static class AppProcess
{
    /// <summary>Starts the app on its own stores in <paramref name="folder"/>; its output is read and dropped.</summary>
    public static Process Start(ProcessStartInfo start, string folder) => AppProcesses.StartDiscardingOutput(start.WithStoresIn(folder));

    /// <summary>Waits until the app's /health answers 200, asking again after each <paramref name="pause"/>.</summary>
    public static async Task WaitUntilHealthyAsync(HttpClient client, TimeSpan pause)
    {
        while (!await AnswersAsync(client, "/health"))
        {
            await Task.Delay(pause);
        }
    }

    /// <summary>Whether the app answers <paramref name="path"/> with 200 yet (false while it is not listening).</summary>
    public static async Task<bool> AnswersAsync(HttpClient client, string path)
    {
        try
        {
            return (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>A memory figure of the process from /proc/&lt;pid&gt;/status, in MB (VmRSS now, VmHWM its peak).</summary>
    public static double Megabytes(int pid, string field) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
}
