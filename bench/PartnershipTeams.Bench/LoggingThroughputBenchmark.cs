using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bench;

/// <summary>
/// What HttpClient's Information log lines cost /api/messages: valid visit reports posted as fast as a number of clients
/// can (closed loop), everything embedded, the app logging to the console at Information as it does by default, with
/// the HttpClient and Polly categories at Information (as before issue 15) and at Warning (the default now). The two
/// alternate for several rounds; medians of replies a second and of the process's CPU time a reply are printed to
/// standard error (send standard output, the app's log, to a file).
/// </summary>
public static class LoggingThroughputBenchmark
{
    private static readonly string[] Levels = ["Information", "Warning"];

    public static async Task RunAsync(int clients, TimeSpan duration, int rounds)
    {
        var results = Levels.ToDictionary(l => l, _ => new List<Result>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var level in round % 2 == 1 ? Levels : Levels.Reverse())
            {
                var result = await MeasureAsync(level, clients, duration);
                results[level].Add(result);
                Console.Error.WriteLine($"round {round}, HttpClient at {level}: {result.PerSecond:0} replies/s, {result.CpuMsPerReply:0.000} ms CPU a reply, {result.LinesPerReply:0.0} log lines a reply ({result.HttpClientLinesPerReply:0.0} HttpClient/Polly), {result.CharsPerReply:0} characters a reply");
            }
        }

        Console.Error.WriteLine($"/api/messages with {clients} clients for {duration.TotalSeconds:0} s a run, {rounds} runs each, median:");
        foreach (var (level, runs) in results)
        {
            Console.Error.WriteLine($"  HttpClient and Polly at {level,-11}: {Median(runs, r => r.PerSecond),6:0} replies/s   {Median(runs, r => r.CpuMsPerReply):0.000} ms CPU a reply   {Median(runs, r => r.LinesPerReply):0.0} log lines a reply ({Median(runs, r => r.HttpClientLinesPerReply):0.0} from HttpClient/Polly)");
        }

        var (before, after) = (Median(results["Information"], r => r.PerSecond), Median(results["Warning"], r => r.PerSecond));
        var (cpuBefore, cpuAfter) = (Median(results["Information"], r => r.CpuMsPerReply), Median(results["Warning"], r => r.CpuMsPerReply));
        Console.Error.WriteLine($"  Warning instead of Information: {(after - before) / before:+0.0 %;-0.0 %} replies/s, {(cpuAfter - cpuBefore) / cpuBefore:+0.0 %;-0.0 %} CPU a reply");
    }

    private static async Task<Result> MeasureAsync(string httpClientLevel, int clients, TimeSpan duration)
    {
        await using var connector = await FakeConnectorServer.StartAsync();
        Submissions.IntroduceUsers(connector);
        var counter = new LineCounter();
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = httpClientLevel,
            ["Logging:LogLevel:Polly"] = httpClientLevel,
        };
        using var product = new ProductApp(settings: settings);
        using var host = product.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(counter)));
        host.UseKestrel(0);
        host.StartServer();
        var partner = (await host.Services.GetRequiredService<IListStore>().QueryAsync(PartnersList.Name, ListQuery.All, CancellationToken.None))[0].Id;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = host.ClientOptions.BaseAddress };

        // Warm up: every chat asks Teams once who its user is, and the code is compiled.
        for (var n = 0; n < 4 * Submissions.Conversations; n++)
        {
            (await http.PostAsJsonAsync(BotEndpoint.Path, Submissions.VisitReport(connector.ServiceUrl, partner, 1_000_000 + n))).EnsureSuccessStatusCode();
        }

        counter.Reset();
        var next = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                using var response = await http.PostAsJsonAsync(BotEndpoint.Path, Submissions.VisitReport(connector.ServiceUrl, partner, Interlocked.Increment(ref next)));
                response.EnsureSuccessStatusCode();
            }
        })));
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new Result(next / elapsed.TotalSeconds, cpu.TotalMilliseconds / next, (double)counter.Lines / next, (double)counter.HttpClientLines / next, (double)counter.Characters / next);
    }

    private static double Median(List<Result> runs, Func<Result, double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>One run: replies a second, the process's CPU time a reply (steadier than throughput on a shared machine), and what was logged.</summary>
    private sealed record Result(double PerSecond, double CpuMsPerReply, double LinesPerReply, double HttpClientLinesPerReply, double CharsPerReply);

    /// <summary>Counts the lines the app logs (after its level filters), and those from HttpClient and Polly.</summary>
    private sealed class LineCounter : ILoggerProvider
    {
        private long lines;
        private long httpClientLines;
        private long characters;

        public long Lines => Interlocked.Read(ref lines);

        public long HttpClientLines => Interlocked.Read(ref httpClientLines);

        public long Characters => Interlocked.Read(ref characters);

        public void Reset()
        {
            Interlocked.Exchange(ref lines, 0);
            Interlocked.Exchange(ref httpClientLines, 0);
            Interlocked.Exchange(ref characters, 0);
        }

        public ILogger CreateLogger(string categoryName) => new Counting(this, categoryName.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) || categoryName.StartsWith("Polly", StringComparison.Ordinal));

        public void Dispose()
        {
        }

        private sealed class Counting(LineCounter counter, bool httpClient) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                Interlocked.Increment(ref counter.lines);
                Interlocked.Add(ref counter.characters, formatter(state, exception).Length);
                if (httpClient)
                {
                    Interlocked.Increment(ref counter.httpClientLines);
                }
            }
        }
    }
}
