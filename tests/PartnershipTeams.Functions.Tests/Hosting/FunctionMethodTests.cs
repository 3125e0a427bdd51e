using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Functions.Functions;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// Each [Function] method called as the worker calls it, without the Functions host: an HTTP function with the request
/// (the ASP.NET Core integration hands it one), a queue or timer function with a FunctionContext (<see cref="TestFunctionContext"/>),
/// over the product's own services.
/// </summary>
public sealed class FunctionMethodTests : IAsyncLifetime
{
    private const string Id = "5ab1e0000000000000000000000000a1";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        var partner = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.All, None))[0].Id;
        var visit = new Visit("Studiebesök om biogas", partner, VisitDirection.Incoming, new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 18), ["Tekniska verken"], "Anna", "Biogas",
            [ThematicArea.EnergyEnvironmentUrbanInnovation], DemocracyDialogue.No, null, null, [], [], "anna@linkoping.example", app.Clock.GetUtcNow(), Id);
        await app.Submissions.AcceptAsync(new AcceptedSubmission(Id, SubmissionTypes.VisitReport.Kind, visit.Title, visit.ReportedByEmail, SubmissionJson.Serialize(visit), app.Clock.GetUtcNow()), None);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private TestFunctionContext Context(string function, int? dequeueCount = null) =>
        new(app.Services, function, dequeueCount is { } count ? new Dictionary<string, object?> { ["DequeueCount"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) } : null);

    /// <summary>A request as the worker's ASP.NET Core integration hands it to an HTTP function, from this machine.</summary>
    private DefaultHttpContext Request(string method, string path, string? query = null, string? json = null)
    {
        var http = new DefaultHttpContext { RequestServices = app.Services.CreateScope().ServiceProvider };
        http.Request.Method = method;
        http.Request.Path = path;
        http.Request.QueryString = new QueryString(query);
        http.Connection.RemoteIpAddress = IPAddress.Loopback;
        http.Connection.LocalIpAddress = IPAddress.Loopback;
        http.Response.Body = new MemoryStream();
        if (json is not null)
        {
            http.Request.ContentType = "application/json";
            http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        }

        return http;
    }

    private static async Task<(int Status, string Body)> AnswerAsync(DefaultHttpContext http, IResult result)
    {
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task Submissions_WritesTheQueuedSubmissionOnceHoweverOftenItIsDelivered()
    {
        var function = ActivatorUtilities.CreateInstance<SubmissionsFunction>(app.Services);

        await function.RunAsync(Id, Context("submissions", dequeueCount: 1));
        await function.RunAsync(Id, Context("submissions", dequeueCount: 2));

        Assert.Equal(SubmissionStatus.Written, (await app.Submissions.FindAsync(Id, None))!.Status);
        Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, Id), None));
    }

    [Fact]
    public async Task SubmissionsThatFail_FailTheInvocationSoTheHostRetriesAndTheLastDeliveryKeepsItAside()
    {
        await app.Submissions.AcceptAsync(new AcceptedSubmission("broken", SubmissionTypes.VisitReport.Kind, "x", "x", "{ not json", app.Clock.GetUtcNow()), None);
        var function = ActivatorUtilities.CreateInstance<SubmissionsFunction>(app.Services);

        await Assert.ThrowsAsync<SubmissionNotWrittenException>(() => function.RunAsync("broken", Context("submissions", dequeueCount: 1)));
        await function.RunAsync("broken", Context("submissions", dequeueCount: 5));

        Assert.Equal(SubmissionStatus.Poison, (await app.Submissions.FindAsync("broken", None))!.Status);
    }

    [Fact]
    public async Task Sync_RunsTheSyncJobWithTheInvocationsCancellation()
    {
        var timers = ActivatorUtilities.CreateInstance<TimerFunctions>(app.Services);
        app.Clock.Advance(PendingSubmissions.Grace); // long enough that its first queue message counts as lost

        await timers.SyncAsync(new TimerInfo(), Context("sync"));

        // The sync queued the recorded submission again; the queue's consumer writes it.
        await app.WaitUntilEverySubmissionIsWrittenAsync();
        Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, Id), None));
    }

    [Fact]
    public async Task Messages_AnswersAnActivityAsTheStandaloneRouteDoes()
    {
        var http = Request("POST", "/api/messages", json: Activities.Message(connector.ServiceUrl, "hjälp").ToJsonString());

        var (status, _) = await AnswerAsync(http, await MessagesFunction.RunAsync(http.Request));

        Assert.Equal(StatusCodes.Status200OK, status);
        await connector.WaitForCallsAsync(1);
        Assert.Contains("rapportera besök", connector.Calls[0].CardText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Privacy_IsThePageInSwedishThenEnglish()
    {
        var http = Request("GET", "/api/privacy");

        var (status, body) = await AnswerAsync(http, LegalFunctions.Privacy(http.Request));

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Contains("lang=\"sv\"", body, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_ForAPartnerIsTheWordDocument()
    {
        var http = Request("GET", "/api/reports/review", "?partner=Guangzhou");

        var (status, _) = await AnswerAsync(http, await ReviewReportFunction.RunAsync(http.Request));

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", http.Response.ContentType);
    }

    [Fact]
    public async Task Notifications_EchoesGraphsValidationToken()
    {
        var http = Request("POST", "/api/notifications", "?validationToken=abc%20123");

        var (status, body) = await AnswerAsync(http, await NotificationsFunction.RunAsync(http.Request));

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal("abc 123", body);
    }

    [Fact]
    public async Task Provision_ProvisionsAgainAndSaysSo()
    {
        var http = Request("POST", "/api/admin/provision");

        var (status, body) = await AnswerAsync(http, await ProvisionFunction.RunAsync(http.Request));

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.True((bool)JsonNode.Parse(body)!["provisioned"]!);
    }
}
