using PartnershipTeams.Bench;

// Benchmarks: `dotnet run -c Release --project bench/PartnershipTeams.Bench -- sync-cost|sync-run [--items 1000,10000,100000]|reminder-planning|acknowledgement [--sqlite] [--rate 200] [--seconds 30]|logging-throughput [--rounds 3]|report-latency|proactive-sends [--users 2000]|review-report [--pdfs folder]|search-cost [--items 1000,10000] [--queries 200]|startup [--app artifacts/functions] [--runs 5] [--seeded]|partner-page [--app functions/bin/Release/net10.0]|conversation-flood`
var which = args.FirstOrDefault() ?? "sync-cost";
switch (which)
{
    case "sync-cost":
        await SyncCostBenchmark.RunAsync(items: 10_000, changed: 50, written: 200);
        break;
    case "sync-run":
        await SyncRunCostBenchmark.RunAsync(sizes: [.. (args.SkipWhile(a => a != "--items").Skip(1).FirstOrDefault() ?? "1000,10000,100000").Split(',').Select(int.Parse)], changed: 50);
        break;
    case "reminder-planning":
        ReminderPlanningBenchmark.Run(deadlines: 100_000, days: 365);
        break;
    case "acknowledgement":
        await AcknowledgementBenchmark.RunAsync(
            sharePoint: args.Contains("--sqlite") is false,
            perSecond: int.Parse(args.SkipWhile(a => a != "--rate").Skip(1).FirstOrDefault() ?? "200", System.Globalization.CultureInfo.InvariantCulture),
            seconds: int.Parse(args.SkipWhile(a => a != "--seconds").Skip(1).FirstOrDefault() ?? "30", System.Globalization.CultureInfo.InvariantCulture),
            graphLatency: TimeSpan.FromMilliseconds(800));
        break;
    case "logging-throughput":
        await LoggingThroughputBenchmark.RunAsync(clients: 16, duration: TimeSpan.FromSeconds(20), rounds: int.Parse(args.SkipWhile(a => a != "--rounds").Skip(1).FirstOrDefault() ?? "3", System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "proactive-sends":
        await ProactiveSendBenchmark.RunAsync(users: int.Parse(args.SkipWhile(a => a != "--users").Skip(1).FirstOrDefault() ?? "2000", System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "review-report":
        await ReviewReportBenchmark.RunAsync(activities: 10_000, visits: 2_000, goals: 200, pdfs: args.SkipWhile(a => a != "--pdfs").Skip(1).FirstOrDefault());
        break;
    case "startup":
        await StartupBenchmark.RunAsync(
            app: args.SkipWhile(a => a != "--app").Skip(1).FirstOrDefault() ?? "artifacts/functions",
            runs: int.Parse(args.SkipWhile(a => a != "--runs").Skip(1).FirstOrDefault() ?? "5", System.Globalization.CultureInfo.InvariantCulture),
            seeded: args.Contains("--seeded"));
        break;
    case "search-cost":
        await SearchCostBenchmark.RunAsync(
            sizes: [.. (args.SkipWhile(a => a != "--items").Skip(1).FirstOrDefault() ?? "1000,10000").Split(',').Select(int.Parse)],
            queries: int.Parse(args.SkipWhile(a => a != "--queries").Skip(1).FirstOrDefault() ?? "200", System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "partner-page":
        await PartnerPageBenchmark.RunAsync(
            app: args.SkipWhile(a => a != "--app").Skip(1).FirstOrDefault() ?? Path.Combine(PartnershipTeams.TestSupport.RepositoryPaths.Root, "functions", "bin", "Release", "net10.0"),
            activities: 10_000,
            visits: 2_000);
        break;
    case "conversation-flood":
        await ConversationFloodBenchmark.RunAsync(perSecond: 200, total: 2_000, connectorLatency: TimeSpan.FromMilliseconds(40));
        break;
    case "report-latency":
        await ReportLatencyBenchmark.RunAsync(reports: 200, perSecond: 10);
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{which}'. Known: sync-cost, sync-run, reminder-planning, acknowledgement, logging-throughput, report-latency, proactive-sends, review-report, search-cost, startup, partner-page, conversation-flood");
        return 2;
}

return 0;
