using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bench;

/// <summary>
/// The register browser's partner overview (/lists/Partners/{id}) with one partner holding 10,000 activities and 2,000
/// visits (issue 25: a 3.1 MB page, 146 → 385 MB RSS): the built app started alone on a register filled beforehand, the
/// page's size and time, and the process's resident memory idle, after the page, and at its peak (VmHWM). Then the
/// same for the partner's list pages (activities filtered to the partner), and an action plan's item page.
/// </summary>
public static class PartnerPageBenchmark
{
    private const int Requests = 5;

    public static async Task RunAsync(string app, int activities, int visits)
    {
        var dll = Path.Combine(Path.GetFullPath(app), "PartnershipTeams.Functions.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"No built app at {app}: build functions (dotnet build functions -c Release) first.", dll);
        }

        var folder = Directory.CreateTempSubdirectory("pt-bench-partner-").FullName;
        try
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2016, 12, 1, 9, 0, 0, TimeSpan.Zero));
            var store = await ReviewReportBenchmark.StoreAsync(Path.Combine(folder, "lists.db"), time);
            var partner = await ReviewReportBenchmark.PartnerAsync(store, "Guangzhou");
            await ReviewReportBenchmark.FillAsync(store, partner, activities, visits, goals: 0);
            var plan = (await store.QueryAsync(Core.Schema.Lists.ActionPlansList.Name, Core.Lists.ListQuery.All, CancellationToken.None))
                .First(p => p.LookupId(Core.Schema.Lists.ActionPlansList.Partner) == partner).Id;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Console.WriteLine($"Register: Guangzhou (id {partner}) with {activities:N0} more activities and {visits:N0} more visits; app {dll}");
            await MeasureAsync(dll, folder, [$"/lists/Partners/{partner}", $"/lists/Activities?partner={partner}", $"/lists/ActionPlans/{plan}"]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(string dll, string folder, IReadOnlyList<string> paths)
    {
        var port = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"]) { WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.Environment["Scheduler__Enabled"] = "false";
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        using var process = AppProcess.Start(start, folder);
        try
        {
            await AppProcess.WaitUntilHealthyAsync(client, TimeSpan.FromMilliseconds(50));
            await Task.Delay(TimeSpan.FromSeconds(3));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"idle: RSS {AppProcess.Megabytes(process.Id, "VmRSS"):0.0} MB, peak {AppProcess.Megabytes(process.Id, "VmHWM"):0.0} MB"));
            foreach (var path in paths)
            {
                var times = new List<double>();
                long bytes = 0;
                for (var i = 0; i < Requests; i++)
                {
                    var clock = Stopwatch.StartNew();
                    var body = await client.GetByteArrayAsync(new Uri(path, UriKind.Relative));
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    bytes = body.Length;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: {bytes:N0} bytes, median {times.Order().ElementAt(times.Count / 2):0} ms over {Requests}; RSS now {AppProcess.Megabytes(process.Id, "VmRSS"):0.0} MB, peak {AppProcess.Megabytes(process.Id, "VmHWM"):0.0} MB"));
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
