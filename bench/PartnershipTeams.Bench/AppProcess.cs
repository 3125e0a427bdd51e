using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PartnershipTeams.Bench;

/// <summary>What the benchmarks that start the built app as a process need of it: a free port, whether a path answers, its memory.</summary>
public static class AppProcess
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
