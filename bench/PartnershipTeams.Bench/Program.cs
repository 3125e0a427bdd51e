using PartnershipTeams.Bench;

// Benchmarks: `dotnet run -c Release --project bench/PartnershipTeams.Bench -- sync-cost|sync-run|reminder-planning|card-latency`
var which = args.FirstOrDefault() ?? "sync-cost";
switch (which)
{
    case "sync-cost":
        await SyncCostBenchmark.RunAsync(items: 10_000, changed: 50, written: 200);
        break;
    case "sync-run":
        await SyncRunCostBenchmark.RunAsync(activities: 10_000, changed: 50);
        break;
    case "reminder-planning":
        ReminderPlanningBenchmark.Run(deadlines: 100_000, days: 365);
        break;
    case "card-latency":
        await CardSubmissionLatencyBenchmark.RunAsync(warmup: 50, measured: 1000);
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{which}'. Known: sync-cost, sync-run, reminder-planning, card-latency");
        return 2;
}

return 0;
