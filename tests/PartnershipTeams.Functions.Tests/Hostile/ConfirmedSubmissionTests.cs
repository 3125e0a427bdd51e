using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Hostile;

/// <summary>
/// What the user is told was received reaches the register: hostile but well-formed card values (numbers for
/// choices, unknown themes, texts at and over the limits, control characters, absurd dates and amounts) are either
/// refused on the card, with nothing stored, or confirmed and then written by the sync, whole. Never confirmed and lost.
/// </summary>
public sealed class ConfirmedSubmissionTests : IAsyncLifetime
{
    private const string Reporter = "anna.svensson@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private FakeConnectorServer connector = null!;
    private int submissions;

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

    /// <summary>A visit report as the card sends it, valid, with one follow-up; each case changes some of it.</summary>
    private async Task<JsonObject> ValidVisitAsync()
    {
        var guangzhou = (await app.Store.QueryAsync(PartnersList.Name, ListQuery.WhereEquals(PartnersList.Title, "Guangzhou"), None))[0].Id;
        return new JsonObject
        {
            ["verb"] = "visit.submit",
            ["Title"] = "Delegation till Guangzhou",
            ["Partner"] = guangzhou.ToString(CultureInfo.InvariantCulture),
            ["Direction"] = "Outgoing",
            ["Start"] = "2026-11-16",
            ["End"] = "2026-11-18",
            ["Organisations"] = "Kommunledningskontoret\nLinköpings universitet",
            ["Participants"] = "Anna Svensson",
            ["Purpose"] = "Uppföljning av handlingsplanen",
            ["Themes"] = "ResearchAndHigherEducation",
            ["DemocracyDialogue"] = "No",
            ["GenderEquality"] = "No",
            ["Costs"] = "Kommunledningskontoret: 1 200,50 kr",
            ["FollowUp1Title"] = "Skicka avsiktsförklaring",
            ["FollowUp1Owner"] = Reporter,
            ["FollowUp1Due"] = "2026-12-15",
        };
    }

    public static TheoryData<string, string> HostileVisitValues() => new()
    {
        { "Direction", "5" },
        { "Direction", "-1" },
        { "Direction", "outgoing" },
        { "DemocracyDialogue", "9" },
        { "GenderEquality", "9" },
        { "DelegationWomen", "99999999999" },
        { "DelegationMen", "2,5" },
        { "Cost1Amount", "79228162514264337593543950335" },
        { "Themes", "99" },
        { "Themes", "Culture,42" },
        { "Themes", "Culture,,Tourism" },
        { "Partner", "0" },
        { "Partner", "99999999999" },
        { "Organisations", new string('O', 300) },
        { "Organisations", "Kommunen\n" + new string('O', 4000) },
        { "Outcomes", new string('ö', 8000) },
        { "Outcomes", new string('ö', 8001) },
        { "Outcomes", "Rad ett\u0001rad två" },
        { "Outcomes", "Halvt tecken \ud800" },
        { "Purpose", new string('ö', 4000) },
        { "Participants", new string('"', 4000) },
        { "Title", new string('T', 256) },
        { "Title", "   " },
        { "Costs", "Kommunen: 1000000000000000000" },
        { "Costs", "Kommunen: 79228162514264337593543950335\nUniversitetet: 79228162514264337593543950335" },
        { "Costs", "Kommunen: NaN" },
        { "Costs", "Kommunen: 1e5" },
        { "Costs", "Kommunen: -0" },
        { "Costs", new string('K', 300) + ": 100" },
        { "Start", "1900-01-01" },
        { "End", "2999-12-31" },
        { "Start", "0001-01-01" },
        { "FollowUp1Due", "1901-01-01" },
        { "FollowUp1Due", "9999-12-31" },
        { "FollowUp1Owner", new string('a', 250) + "@linkoping.example" },
        { "FollowUp1Title", new string('Å', 256) },
    };

    [Theory]
    [MemberData(nameof(HostileVisitValues))]
    public async Task VisitReportWithAHostileValue_IsRefusedOnTheCardOrWrittenWhole(string field, string value)
    {
        var form = await ValidVisitAsync();
        form[field] = value;
        if (field == "Outcomes" && value.Length == 8000)
        {
            form["Purpose"] = new string('ö', 4000);
        }

        var (confirmed, submissionId) = await SubmitAsync(form);

        if (!confirmed)
        {
            Assert.Null(await app.Submissions.FindAsync(submissionId, None));
            return;
        }

        Assert.Equal(SubmissionStatus.Written, (await app.SettledAsync(submissionId)).Status);
        var visit = Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, submissionId), None));
        Assert.Single(await app.Store.QueryAsync(ActivitiesList.Name, ListQuery.WhereEquals(ActivitiesList.SourceVisit, visit.Id), None));
    }

    [Fact]
    public async Task VisitReportWithTheLongestTextsEveryFieldTakes_IsConfirmedAndWritten()
    {
        // Every character escaped as \uXXXX made such a report overflow the outbox although each field was in its limits.
        var form = await ValidVisitAsync();
        form["Outcomes"] = new string('ö', 8000);
        form["Purpose"] = new string('ö', 4000);
        form["Participants"] = new string('ä', 4000);
        form["DemocracyDialogue"] = "Yes";
        form["DemocracyDialogueNote"] = new string('å', 4000);
        form["GenderEquality"] = "Yes";
        form["GenderEqualityNote"] = new string('ä', 4000);

        var (confirmed, submissionId) = await SubmitAsync(form);

        Assert.True(confirmed);
        Assert.Equal(SubmissionStatus.Written, (await app.SettledAsync(submissionId)).Status);
        Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, submissionId), None));
    }

    [Theory]
    [InlineData("Status", "7")]
    [InlineData("Status", "achieved")]
    [InlineData("Current", "1e400")]
    [InlineData("Current", "NaN")]
    [InlineData("Comment", "Läget\u0002")]
    public async Task GoalUpdateWithAHostileValue_IsRefusedOnTheCardOrWritten(string field, string value)
    {
        var goal = await app.Store.CreateAsync(GoalsList.Name, new Dictionary<string, object?>
        {
            [GoalsList.Title] = "Tio studentutbyten per år",
            [GoalsList.ActionPlan] = (await app.Store.QueryAsync(ActionPlansList.Name, ListQuery.All, None))[0].Id,
            [GoalsList.Theme] = RegisterWords.Of(ThematicArea.Education),
            [GoalsList.OwnerEmail] = Reporter,
            [GoalsList.Status] = RegisterWords.Of(GoalStatus.OnTrack),
        }, None);
        var form = new JsonObject
        {
            ["verb"] = "goal.submit",
            ["Goal"] = goal.Id.ToString(CultureInfo.InvariantCulture),
            ["Status"] = "AtRisk",
            ["Current"] = "4",
            ["Comment"] = "Två utbyten flyttade till våren",
        };
        form[field] = value;

        var (confirmed, submissionId) = await SubmitAsync(form, "Tack! Läget är rapporterat");

        if (confirmed)
        {
            Assert.Equal(SubmissionStatus.Written, (await app.SettledAsync(submissionId)).Status);
            Assert.Single(await app.Store.QueryAsync(GoalUpdatesList.Name, ListQuery.WhereEquals(GoalUpdatesList.SubmissionId, submissionId), None));
        }
        else
        {
            Assert.Null(await app.Submissions.FindAsync(submissionId, None));
        }
    }

    /// <summary>Posts the card's values as the user's submit; true when the answer is the confirmation.</summary>
    private async Task<(bool Confirmed, string SubmissionId)> SubmitAsync(JsonObject form, string confirmation = "Tack! Besöket är rapporterat")
    {
        var submissionId = (++submissions).ToString("x32", CultureInfo.InvariantCulture);
        form["submissionId"] = submissionId;
        var before = connector.Calls.Count;
        var activity = Activities.Submit(connector.ServiceUrl, form);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await connector.WaitForCallsAsync(before + 1)).Skip(before).Last(c => c.Card is not null);
        return (answer.CardText.Contains(confirmation, StringComparison.Ordinal), submissionId);
    }
}
