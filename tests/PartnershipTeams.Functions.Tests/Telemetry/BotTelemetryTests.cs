using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Telemetry;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Telemetry;

/// <summary>
/// An inbound Teams activity is one trace: the server span, the turn, and the Bot Connector calls beneath; submissions are
/// counted accepted, refused and written; nothing in the spans or the log names the person or their chat.
/// </summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class BotTelemetryTests : IAsyncLifetime
{
    private const string Reporter = "anna.svensson@linkoping.example";
    private readonly TelemetryApp app = new(now: new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        connector.KnowMember(Activities.UserId, Reporter);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task VisitReport_IsOneTraceFromTheRequestThroughTheTurnToTheConnector()
    {
        await SubmitVisitAsync(valid: true);

        var turn = Assert.Single(app.Spans, s => s.DisplayName == "turn message");
        Assert.Equal(PartnershipTelemetry.Name, turn.Source.Name);
        Assert.Equal(VisitReportVerb, turn.GetTagItem(TelemetryAttributes.TurnHandledAs));
        Assert.Equal("personal", turn.GetTagItem(TelemetryAttributes.ConversationScope));
        var server = Assert.Single(OwnSpans(), s => s.Kind == ActivityKind.Server && s.TraceId == turn.TraceId);
        Assert.Equal("/api/messages", server.GetTagItem("url.path"));
        Assert.Equal(server.SpanId, turn.ParentSpanId);
        var calls = app.Spans.Where(s => s.Kind == ActivityKind.Client && s.TraceId == turn.TraceId).ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.True(IsBeneath(c, turn), $"{c.DisplayName} {c.GetTagItem("url.full")} is not beneath the turn"));
        Assert.Contains(calls, c => c.GetTagItem("url.full") is string url && url.EndsWith("/v3/conversations/{conversation}/activities/{activity}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SpansAndLog_NameNoPersonAndNoChat()
    {
        await SubmitVisitAsync(valid: true);
        await app.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hjälp"));
        await ProductApp.WaitUntilAsync(async () => (await app.Services.GetRequiredService<SubmissionLog>().WithStatusAsync(SubmissionStatus.Written, CancellationToken.None)).Count == 1);

        string[] personal = [Reporter, Activities.UserId, Activities.UserAadObjectId, Activities.ConversationId, Uri.EscapeDataString(Activities.ConversationId), "Anna Svensson"];
        var said = OwnSpans().SelectMany(s => s.TagObjects.Select(t => $"{s.DisplayName} {t.Key}={t.Value}").Append(s.DisplayName))
            .Concat(app.Logs.Entries.Select(e => $"{e.Category}: {e.Message} {e.Exception}"))
            .ToList();
        Assert.NotEmpty(said);
        Assert.All(personal, p => Assert.DoesNotContain(said, line => line.Contains(p, StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(app.Spans, s => Equals(s.GetTagItem(TelemetryAttributes.Conversation), Pseudonym.Of(Activities.ConversationId)));
    }

    [Fact]
    public async Task HttpClientInformation_IsNotLoggedByDefault()
    {
        await SubmitVisitAsync(valid: true);

        Assert.NotEmpty(connector.Calls);
        Assert.DoesNotContain(app.Logs.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) && e.Level < Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task Submissions_AreCountedAcceptedRefusedAndWritten()
    {
        await SubmitVisitAsync(valid: false);
        var submissionId = await SubmitVisitAsync(valid: true);
        var log = app.Services.GetRequiredService<SubmissionLog>();
        await ProductApp.WaitUntilAsync(async () => (await log.FindAsync(submissionId, CancellationToken.None))?.Status == SubmissionStatus.Written);
        await ProductApp.WaitUntilAsync(() => Task.FromResult(app.Spans.Any(s => s.DisplayName == "submission write")));

        Assert.Equal(1, app.Sum("partnerships.submissions.accepted", (TelemetryAttributes.SubmissionKind, "visit_report")));
        Assert.Equal(1, app.Sum("partnerships.submissions.refused", (TelemetryAttributes.SubmissionKind, "visit_report"), (TelemetryAttributes.RefusalReason, "invalid")));
        Assert.Equal(1, app.Sum("partnerships.submissions.written", (TelemetryAttributes.SubmissionKind, "visit_report")));
        Assert.Equal(1, Assert.Single(app.Points("partnerships.submission.report_to_register.duration")).GetHistogramCount());
        Assert.Equal(2, app.Sum("partnerships.bot.turns", (TelemetryAttributes.TurnHandledAs, VisitReportVerb)));
        var write = Assert.Single(app.Spans, s => s.DisplayName == "submission write");
        Assert.Equal(submissionId, write.GetTagItem(TelemetryAttributes.SubmissionId));
        Assert.Equal("written", write.GetTagItem(TelemetryAttributes.SubmissionResult));
    }

    [Fact]
    public async Task ConnectorRefusingTheChat_IsCountedAsGoneAndLoggedWithoutItsId()
    {
        connector.FailNext(403);

        await app.PostActivityAsync(Activities.Message(connector.ServiceUrl, "hjälp"));

        Assert.Equal(1, app.Sum("partnerships.connector.failures", (TelemetryAttributes.ErrorType, "gone"), (TelemetryAttributes.HttpStatusCode, 403), (TelemetryAttributes.ConnectorOperation, "send")));
        var gone = Assert.Single(app.Logs.Entries, e => e.Message.Contains("conversation is gone", StringComparison.Ordinal));
        Assert.DoesNotContain(Activities.ConversationId, $"{gone.Message} {gone.Exception}", StringComparison.Ordinal);
    }

    private const string VisitReportVerb = "visit.submit";

    /// <summary>
    /// The spans of this app: the local Bot Connector stand-in is an ASP.NET Core server in this process, so its server
    /// spans are captured too (in Azure the connector is Microsoft's); they are not the app's to redact.
    /// </summary>
    private IEnumerable<Activity> OwnSpans() =>
        app.Spans.Where(s => !(s.Kind == ActivityKind.Server && s.GetTagItem("url.path") is string path && path.StartsWith("/v3/", StringComparison.Ordinal)));

    private static bool IsBeneath(Activity span, Activity ancestor)
    {
        for (var parent = span.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Posts a visit report card as Teams does; a valid one is confirmed, an invalid one comes back to correct.</summary>
    private async Task<string> SubmitVisitAsync(bool valid)
    {
        var store = app.Services.GetRequiredService<IListStore>();
        var partner = (await store.QueryAsync(PartnersList.Name, ListQuery.All, CancellationToken.None))[0].Id;
        var submissionId = Guid.NewGuid().ToString("N");
        var form = new JsonObject
        {
            ["verb"] = VisitReportVerb,
            ["submissionId"] = submissionId,
            ["Title"] = "Delegation till Guangzhou",
            ["Partner"] = partner.ToString(CultureInfo.InvariantCulture),
            ["Direction"] = "Outgoing",
            ["Start"] = "2026-11-16",
            ["End"] = valid ? "2026-11-18" : "2026-11-10",
            ["Participants"] = "Anna Svensson",
            ["Purpose"] = "Uppföljning av handlingsplanen",
            ["Themes"] = "ResearchAndHigherEducation",
            ["DemocracyDialogue"] = "No",
            ["GenderEquality"] = "No",
        };
        var before = connector.Calls.Count;
        var response = await app.PostActivityAsync(Activities.Submit(connector.ServiceUrl, form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await connector.WaitForCallsAsync(before + 1);
        return submissionId;
    }
}
