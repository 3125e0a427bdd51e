using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bench;

/// <summary>
/// Start-up of the published app (functions/publish.sh), started by path from a new folder as Flex starts an instance
/// and as a laptop does, alone (no Functions host here): from exec to the first 200 from /health, and to the bot's
/// first answer (a message posted right after, from loopback, no app id), the process's CPU time by then (steadier than
/// wall time on a shared machine), and its resident memory 10 s after exec with nothing else sent. Fresh stores each
/// run (the first start provisions and seeds), or <c>--seeded</c>: one store folder seeded by an unmeasured first start.
/// </summary>
public static class StartupBenchmark
{
    private static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(10);
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static async Task RunAsync(string app, int runs, bool seeded)
    {
        var executable = Path.Combine(Path.GetFullPath(app), "PartnershipTeams.Functions");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"No published app at {app}: run functions/publish.sh {app} first.", executable);
        }

        await using var connector = await FakeConnectorServer.StartAsync();
        var shared = seeded ? Directory.CreateTempSubdirectory("pt-startup-").FullName : null;
        if (shared is not null)
        {
            await MeasureAsync(executable, shared, connector);
        }

        var results = new List<(double Health, double Answer, double Cpu, double RssMb)>();
        for (var run = 0; run < runs; run++)
        {
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var folder = shared ?? Directory.CreateTempSubdirectory("pt-startup-").FullName;
            var result = await MeasureAsync(executable, folder, connector);
            results.Add(result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: /health {result.Health:0} ms, first answer {result.Answer:0} ms, CPU by the answer {result.Cpu:0} ms, idle RSS {result.RssMb:0.0} MB (load {load})"));
            if (shared is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of {runs}{(seeded ? " (seeded stores)" : " (fresh stores)")}: /health {Median(results.Select(r => r.Health)):0} ms, first answer {Median(results.Select(r => r.Answer)):0} ms, CPU {Median(results.Select(r => r.Cpu)):0} ms, idle RSS {Median(results.Select(r => r.RssMb)):0.0} MB"));
        if (shared is not null)
        {
            Directory.Delete(shared, recursive: true);
        }
    }

    private static async Task<(double Health, double Answer, double Cpu, double RssMb)> MeasureAsync(string executable, string folder, FakeConnectorServer connector)
    {
        var port = FreePorts.Next();
        var start = new ProcessStartInfo(executable, ["--urls", $"http://127.0.0.1:{port}"]) { WorkingDirectory = folder };
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        using var process = AppProcess.Start(start, folder);
        try
        {
            await AppProcess.WaitUntilHealthyAsync(client, TimeSpan.FromMilliseconds(5));
            var health = clock.Elapsed.TotalMilliseconds;
            var calls = connector.Calls.Count;
            using var message = new StringContent(Activities.Message(connector.ServiceUrl, "hjälp").ToJsonString(), Encoding.UTF8, "application/json");
            var answered = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), message);
            answered.EnsureSuccessStatusCode();
            await connector.WaitForCallsAsync(calls + 1);
            var answer = clock.Elapsed.TotalMilliseconds;
            var cpu = CpuMilliseconds(process.Id);
            var idle = IdleAfter - clock.Elapsed;
            await Task.Delay(idle > TimeSpan.Zero ? idle : TimeSpan.Zero);
            return (health, answer, cpu, AppProcess.Megabytes(process.Id, "VmRSS"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>User plus system CPU time of the process so far (/proc/&lt;pid&gt;/stat fields 14 and 15).</summary>
    private static double CpuMilliseconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 1000 / TicksPerSecond;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
