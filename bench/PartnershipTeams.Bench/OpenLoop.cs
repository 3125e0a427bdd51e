using System.Diagnostics;

namespace PartnershipTeams.Bench;

/// <summary>
/// An open-loop load: request n starts at n / perSecond seconds whatever the earlier answers do, as independent users
/// would send (a closed loop waiting on each answer hides a slow server). Each request's time is measured from its start.
/// </summary>
public static class OpenLoop
{
    /// <returns>Each request's milliseconds, by request, and how long sending and answering all of them took.</returns>
    public static async Task<(double[] Milliseconds, TimeSpan Elapsed)> RunAsync(int total, int perSecond, Func<int, Task> request)
    {
        var timings = new double[total];
        var start = Stopwatch.StartNew();
        var requests = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            // Read the clock once: read twice, a busy machine can pass the due time in between, and a wait of
            // -1 ms is an infinite one to Task.Delay (this hung a run).
            var wait = TimeSpan.FromSeconds((double)i / perSecond) - start.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var n = i;
            requests.Add(Task.Run(async () =>
            {
                var clock = Stopwatch.StartNew();
                await request(n);
                timings[n] = clock.Elapsed.TotalMilliseconds;
            }));
        }

        await Task.WhenAll(requests);
        return (timings, start.Elapsed);
    }
}
