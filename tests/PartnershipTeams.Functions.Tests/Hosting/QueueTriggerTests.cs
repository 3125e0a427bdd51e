using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// The submission queue trigger as the Functions host calls a custom handler (functions-custom-handlers,
/// "Request payload"): POST /submissions with the message under the binding's name in Data, and DequeueCount in
/// Metadata. 2xx completes the message; anything else makes the host try again, then poison it.
/// </summary>
public sealed class QueueTriggerTests : IAsyncLifetime
{
    private const string Id = "5ab1e0000000000000000000000000a1";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), new Dictionary<string, string?>
    {
        // The Functions host owns the queue here: the app must not consume it itself.
        ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "0",
        ["Bot:AppId"] = "7c0e5b1a-1111-4a8e-9d1c-000000000001",
        ["Bot:TenantId"] = "5f1e4c7a-2222-4a8e-9d1c-000000000002",
        ["Bot:ClientSecret"] = "not-used",
    });

    public async Task InitializeAsync()
    {
        var partner = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.All, None))[0].Id;
        var visit = new Visit("Studiebesök om biogas", partner, VisitDirection.Incoming, new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 18), ["Tekniska verken"], "Anna", "Biogas",
            [ThematicArea.EnergyEnvironmentUrbanInnovation], DemocracyDialogue.No, null, null, [], [], "anna@linkoping.example", app.Clock.GetUtcNow(), Id);
        await app.Submissions.AcceptAsync(new AcceptedSubmission(Id, SubmissionKind.VisitReport, visit.Title, visit.ReportedByEmail, SubmissionJson.Serialize(visit), app.Clock.GetUtcNow()), None);
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    private async Task<HttpResponseMessage> InvokeAsync(JsonNode? message, JsonNode? dequeueCount)
    {
        var invocation = new JsonObject
        {
            ["Data"] = new JsonObject { [QueueTriggerEndpoint.Binding] = message },
            ["Metadata"] = new JsonObject { ["DequeueCount"] = dequeueCount, ["Id"] = "b1c0e7f2", ["sys"] = new JsonObject { ["MethodName"] = "submissions" } },
        };
        return await app.CreateClient().PostAsync(new Uri($"/{QueueTriggerEndpoint.Function}", UriKind.Relative), new StringContent(invocation.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    [Theory]
    [InlineData(Id)]
    [InlineData("\"" + Id + "\"")]
    public async Task MessageAsTheHostSendsIt_IsWrittenAndCompleted(string message)
    {
        // The host serialises a string input as JSON once more, so the id may come quoted.
        var response = await InvokeAsync(message, 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["Logs"]);
        Assert.Equal(SubmissionStatus.Written, (await app.Submissions.FindAsync(Id, None))!.Status);
        Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, Id), None));
    }

    [Fact]
    public async Task SameMessageDeliveredTwice_IsWrittenOnce()
    {
        await InvokeAsync(Id, 1);
        var again = await InvokeAsync(Id, "2");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, Id), None));
    }

    [Fact]
    public async Task BrokenSubmissionFailsSoTheHostRetries_AndTheLastDeliveryKeepsItAside()
    {
        await app.Submissions.AcceptAsync(new AcceptedSubmission("broken", SubmissionKind.VisitReport, "x", "x", "{ not json", app.Clock.GetUtcNow()), None);

        var first = await InvokeAsync("broken", 1);
        var last = await InvokeAsync("broken", 5);

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Equal(SubmissionStatus.Poison, (await app.Submissions.FindAsync("broken", None))!.Status);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"Data\":{\"submission\":5}}")]
    [InlineData("[1]")]
    [InlineData("not json")]
    public async Task InvocationOfAnotherShape_Is400(string body)
    {
        var response = await app.CreateClient().PostAsync(new Uri($"/{QueueTriggerEndpoint.Function}", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
