using PartnershipTeams.Bench;

// Benchmarks: `dotnet run -c Release --project bench/PartnershipTeams.Bench -- sync-cost|card-latency`
var which = args.FirstOrDefault() ?? "sync-cost";
switch (which)
{
    case "sync-cost":
        await SyncCostBenchmark.RunAsync(items: 10_000, changed: 50, written: 200);
        break;
    case "card-latency":
        await CardSubmissionLatencyBenchmark.RunAsync(warmup: 50, measured: 1000);
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{which}'. Known: sync-cost, card-latency");
        return 2;
}

return 0;
