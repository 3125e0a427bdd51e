using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application.Chats;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Functions.Tests.Telemetry;

/// <summary>A timer job run is one trace with the Graph and connector calls it made beneath; its numbers are counted.</summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class JobTelemetryTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;
    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphServer.StartAsync();
        connector = await FakeConnectorServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await graph.DisposeAsync();
    }

    [Fact]
    public async Task SyncRunOnSharePoint_IsOneTraceWithItsGraphCallsBeneath()
    {
        await using var app = new TelemetryApp(SharePoint());

        await app.RunAsync("sync");

        var run = Assert.Single(app.Spans, s => s.DisplayName == "job sync");
        Assert.Equal(default, run.ParentSpanId);
        Assert.Equal("completed", run.GetTagItem(TelemetryAttributes.JobOutcome));
        var graphCalls = app.Spans.Where(s => s.Kind == ActivityKind.Client && s.TraceId == run.TraceId).ToList();
        Assert.NotEmpty(graphCalls);
        Assert.All(graphCalls, c => Assert.Equal(new Uri(graph.BaseUrl).Port, c.GetTagItem("server.port")));
        Assert.Equal(1, Assert.Single(app.Points("partnerships.job.duration", (TelemetryAttributes.JobName, "sync"), (TelemetryAttributes.JobOutcome, "completed"))).GetHistogramCount());
        Assert.True(app.Sum("partnerships.graph.resource_units") >= 2 * graphCalls.Count(c => !Equals(c.GetTagItem("url.full")?.ToString()?.EndsWith("$batch", StringComparison.Ordinal), true)));
        Assert.Single(app.Points("partnerships.sync.items", (TelemetryAttributes.SyncAction, "requeued")));
    }

    [Fact]
    public async Task ThrottledGraphCall_IsCountedByStatus()
    {
        await using var app = new TelemetryApp(SharePoint());
        _ = app.Services;
        graph.Inject(new GraphFault("*", GraphFaultKind.TooManyRequests, Times: 1, RetryAfterSeconds: 1));

        await app.RunAsync("sync");

        Assert.Equal(1, app.Sum("partnerships.graph.throttled", (TelemetryAttributes.HttpStatusCode, 429)));
    }

    [Fact]
    public async Task RemindersRun_CountsEveryReminderByOutcome()
    {
        // Wednesday 2026-11-25 07:30 in Stockholm: seven days before a follow-up due 2026-12-02.
        await using var app = new TelemetryApp(now: new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero));
        var store = app.Services.GetRequiredService<IListStore>();
        foreach (var owner in new[] { "anna.svensson@linkoping.example", "nobody.installed@linkoping.example" })
        {
            await Reminders.ReminderScene.FollowUpAsync(store, owner, new DateOnly(2026, 12, 2));
        }

        await app.Services.GetRequiredService<ConversationReferences>().RememberAsync(new ConversationReference(
            Activities.ConversationId, ConversationScope.Personal, connector.ServiceUrl, Activities.TenantId, "Anna", Activities.UserId, "anna", "anna.svensson@linkoping.example", "sv-SE", Active: true, app.Clock!.GetUtcNow()), CancellationToken.None);

        await app.RunAsync("reminders");

        Assert.Equal(1, app.Sum("partnerships.reminders.handled", (TelemetryAttributes.ReminderKind, "follow_up"), (TelemetryAttributes.ReminderOutcome, "sent")));
        Assert.True(app.Sum("partnerships.reminders.handled", (TelemetryAttributes.ReminderOutcome, "not_installed")) >= 1);
        var run = Assert.Single(app.Spans, s => s.DisplayName == "job reminders");
        Assert.Contains(app.Spans, s => s.Kind == ActivityKind.Client && s.TraceId == run.TraceId && Equals(s.GetTagItem("server.port"), new Uri(connector.ServiceUrl).Port));
    }

    [Fact]
    public async Task SubmissionFailingItsLastAttempt_IsCountedPoisonedAndWaitingInTheNextSync()
    {
        await using var app = new TelemetryApp();
        var log = app.Services.GetRequiredService<SubmissionLog>();
        var id = Guid.NewGuid().ToString("N");
        await log.AcceptAsync(new AcceptedSubmission(id, SubmissionTypes.GoalUpdate.Kind, "Mål", "anna.svensson@linkoping.example", "{ not json", DateTimeOffset.UtcNow), CancellationToken.None);

        var result = await app.Services.GetRequiredService<SubmissionProcessor>().ProcessAsync(id, SubmissionLog.MaxAttempts, CancellationToken.None);
        await app.RunAsync("sync");

        Assert.Equal(SubmissionResult.Poisoned, result);
        Assert.Equal(1, app.Sum("partnerships.submissions.poisoned", (TelemetryAttributes.SubmissionKind, "goal_update")));
        Assert.Equal(1, Assert.Single(app.Points("partnerships.submissions.poison")).GetGaugeLastValueLong());
        var write = Assert.Single(app.Spans, s => s.DisplayName == "submission write");
        Assert.Equal(ActivityStatusCode.Error, write.Status);
        Assert.Equal("poisoned", write.GetTagItem(TelemetryAttributes.SubmissionResult));
    }

    private Dictionary<string, string?> SharePoint() => new()
    {
        ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/partnerships",
        ["SharePoint:GraphBaseUrl"] = graph.BaseUrl,
        ["SharePoint:MaxRetryWait"] = "00:00:10",
    };
}
