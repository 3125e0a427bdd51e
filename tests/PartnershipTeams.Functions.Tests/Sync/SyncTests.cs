using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Application.Submissions.Writers;
using PartnershipTeams.Application.Sync;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Sync;

public sealed class SyncTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private async Task<int> GuangzhouAsync() =>
        (await app.Store.QueryAsync(PartnersList.Name, ListQuery.WhereEquals(PartnersList.Title, "Guangzhou"), None))[0].Id;

    private async Task ReportVisitThroughTheBotAsync(string submissionId, string title)
    {
        var activity = Activities.Submit(connector.ServiceUrl, new JsonObject
        {
            ["verb"] = "visit.submit",
            ["submissionId"] = submissionId,
            ["Title"] = title,
            ["Partner"] = (await GuangzhouAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Direction"] = "Incoming",
            ["Start"] = "2026-11-16",
            ["End"] = "2026-11-18",
            ["Purpose"] = "Studiebesök om biogas",
            ["Themes"] = "EnergyEnvironmentUrbanInnovation",
            ["DemocracyDialogue"] = "Yes",
            ["DemocracyDialogueNote"] = "Medborgardialog presenterad",
            ["GenderEquality"] = "NotApplicable",
            ["FollowUp1Title"] = "Skicka rapport om biogasanläggningen",
            ["FollowUp1Owner"] = "tekniska.verken@linkoping.example",
            ["FollowUp1Due"] = "2026-12-15",
        });
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> PageAsync(string path) => await app.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative));

    [Fact]
    public async Task VisitReportedThroughTheBot_AppearsInTheRegisterAfterOneSync()
    {
        await ReportVisitThroughTheBotAsync("b1060a5000000000000000000000000a", "Studiebesök från Guangzhou om biogas");

        Assert.Equal(SubmissionStatus.Written, (await app.SettledAsync("b1060a5000000000000000000000000a")).Status);
        await app.RunAsync("sync");

        Assert.Contains("Studiebesök från Guangzhou om biogas", await PageAsync("/lists/Visits"), StringComparison.Ordinal);
        Assert.Contains("Skicka rapport om biogasanläggningen", await PageAsync("/lists/Activities"), StringComparison.Ordinal);
        var visit = Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, "b1060a5000000000000000000000000a"), None));
        var followUp = Assert.Single(await app.Store.QueryAsync(ActivitiesList.Name, ListQuery.WhereEquals(ActivitiesList.SourceVisit, visit.Id), None));
        Assert.Equal(new DateOnly(2026, 12, 15), followUp.Date(ActivitiesList.FollowUpDue));
        Assert.Equal(new DateOnly(2026, 11, 18), (await app.Store.GetAsync(PartnersList.Name, await GuangzhouAsync(), None)).Date(PartnersList.LastContact));
    }

    [Fact]
    public async Task FollowUpsAreLinkedToThePartnersActionPlanCoveringTheirDate_AndLeftWithoutOneWhenNoneDoes()
    {
        // Issue 10: follow-ups got no action plan at all.
        var guangzhou = await GuangzhouAsync();
        var plan = await app.Store.CreateAsync(ActionPlansList.Name, ActionPlansList.Fields(new ActionPlan("Handlingsplan 2026–2028", guangzhou, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31), "Kommunledningskontoret")), None);
        var writer = app.Services.GetRequiredService<VisitReportWriter>();
        var visit = new Visit(
            "Besök från Guangzhou", guangzhou, VisitDirection.Incoming, new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 18), ["Tekniska verken"], string.Empty, "Biogas",
            [ThematicArea.EnergyEnvironmentUrbanInnovation], DemocracyDialogue.No, null, null, [],
            [
                new FollowUpAction("Inom planen", "a@linkoping.example", new DateOnly(2026, 12, 15), ThematicArea.Culture, "Kultur- och fritidsförvaltningen"),
                new FollowUpAction("Efter planen", "a@linkoping.example", new DateOnly(2029, 3, 1), ThematicArea.Tourism),
            ],
            "a@linkoping.example", app.Clock.GetUtcNow(), "f0110a0000000000000000000000f011");

        await writer.WriteAsync(visit, None);

        var visitId = Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, visit.SubmissionId), None)).Id;
        var followUps = (await app.Store.QueryAsync(ActivitiesList.Records, ListQuery.WhereEquals(ActivitiesList.SourceVisit, visitId), None)).Select(a => a.Value).OrderBy(a => a.FollowUpDue).ToList();
        Assert.Equal((plan.Id, ThematicArea.Culture, "Kultur- och fritidsförvaltningen"), (followUps[0].ActionPlanId, followUps[0].Theme, followUps[0].OwnerOrganisation));
        Assert.Equal(((int?)null, ThematicArea.Tourism, "Tekniska verken"), (followUps[1].ActionPlanId, followUps[1].Theme, followUps[1].OwnerOrganisation));
    }

    [Fact]
    public async Task SyncAfterACrashBetweenWriteAndAcknowledge_WritesNothingTwice()
    {
        await ReportVisitThroughTheBotAsync("c4a5b0000000000000000000000000c1", "Besök som kraschade");
        var entry = await app.SettledAsync("c4a5b0000000000000000000000000c1");
        var writer = app.Services.GetRequiredService<VisitReportWriter>();
        await writer.WriteAsync(SubmissionJson.Deserialize<Visit>(entry.Payload), None); // a delivery that died before marking it written

        var processor = (PartnershipTeams.Application.Submissions.SubmissionProcessor)app.Services.GetService(typeof(PartnershipTeams.Application.Submissions.SubmissionProcessor))!;
        await processor.ProcessAsync(entry.Id, deliveries: 2, None);
        await app.RunAsync("sync");

        Assert.Single(await app.Store.QueryAsync(VisitsList.Name, ListQuery.WhereEquals(VisitsList.SubmissionId, "c4a5b0000000000000000000000000c1"), None));
        Assert.Single(await app.Store.QueryAsync(ActivitiesList.Name, ListQuery.WhereEquals(ActivitiesList.SubmissionId, "c4a5b0000000000000000000000000c1/followup-1"), None));
    }

    [Fact]
    public async Task PoisonEntry_IsRetriedThenKeptAsideNotDeleted()
    {
        await app.SubmitAndSettleAsync(SubmissionTypes.VisitReport.Kind, "sub-broken", "{ not json");

        // Each sync queues it again once it has waited; each delivery fails; the fifth sets it aside.
        for (var attempt = 2; attempt <= 6; attempt++)
        {
            app.Clock.Advance(PendingSubmissions.Grace);
            await app.RunAsync("sync");
            await app.SettledAsync("sub-broken", attempts: Math.Min(attempt, 5));
        }

        var entry = await app.SettledAsync("sub-broken");
        Assert.Equal(SubmissionStatus.Poison, entry.Status);
        Assert.Equal(5, entry.Attempts);
        Assert.False(string.IsNullOrEmpty(entry.LastError));
        Assert.Contains("Kräver åtgärd: 1 inlämning från Teams nådde inte registret", await PageAsync("/lists"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoalUpdateSetsTheGoalAndAppendsHistory_ButNeverOverwritesALaterManagerEdit()
    {
        var goals = await app.Store.QueryAsync(GoalsList.Name, ListQuery.WhereEquals(GoalsList.OwnerEmail, "visit@linkoping.example"), None);
        var goal = goals[0];
        var update = new GoalUpdate(goal.Id, GoalStatus.OnTrack, 26500m, "Nya flyg", "visit@linkoping.example", app.Clock.GetUtcNow(), "sub-goal-1");
        await app.SubmitAndSettleAsync(SubmissionTypes.GoalUpdate.Kind, "sub-goal-1", SubmissionJson.Serialize(update));

        var updated = await app.Store.GetAsync(GoalsList.Name, goal.Id, None);
        Assert.Equal(("Enligt plan", 26500d), (updated.Text(GoalsList.Status), updated.Number(GoalsList.Current)));
        Assert.Single(await app.Store.QueryAsync(GoalUpdatesList.Name, ListQuery.WhereEquals(GoalUpdatesList.Goal, goal.Id), None));

        // A manager sets the goal in SharePoint after an older report waits in the outbox: the manager's edit stays.
        var stale = update with { Status = GoalStatus.OffTrack, Current = 1m, SubmissionId = "sub-goal-old", ReportedAt = app.Clock.GetUtcNow().AddHours(-1) };
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.Store.UpdateAsync(GoalsList.Name, goal.Id, new Dictionary<string, object?> { [GoalsList.Status] = RegisterWords.Of(GoalStatus.Achieved) }, updated.ETag, None);
        await app.SubmitAndSettleAsync(SubmissionTypes.GoalUpdate.Kind, "sub-goal-old", SubmissionJson.Serialize(stale));

        Assert.Equal("Uppnått", (await app.Store.GetAsync(GoalsList.Name, goal.Id, None)).Text(GoalsList.Status));
        Assert.Equal(2, (await app.Store.QueryAsync(GoalUpdatesList.Name, ListQuery.WhereEquals(GoalUpdatesList.Goal, goal.Id), None)).Count);
    }

    [Fact]
    public async Task ThreeGoalReportsInOneSyncWindow_TheGoalShowsTheNewest()
    {
        var goal = (await app.Store.QueryAsync(GoalsList.Name, ListQuery.WhereEquals(GoalsList.OwnerEmail, "visit@linkoping.example"), None))[0];
        foreach (var (value, minute) in new[] { (101m, 1), (102m, 2), (103m, 3) })
        {
            var report = new GoalUpdate(goal.Id, GoalStatus.OnTrack, value, null, "visit@linkoping.example", app.Clock.GetUtcNow().AddMinutes(minute), $"sub-goal-{value}");
            await app.SubmitAndSettleAsync(SubmissionTypes.GoalUpdate.Kind, report.SubmissionId, SubmissionJson.Serialize(report));
        }

        Assert.Equal(103d, (await app.Store.GetAsync(GoalsList.Name, goal.Id, None)).Number(GoalsList.Current));
        Assert.Equal(3, (await app.Store.QueryAsync(GoalUpdatesList.Name, ListQuery.WhereEquals(GoalUpdatesList.Goal, goal.Id), None)).Count);
    }

    [Fact]
    public async Task GoalReportMadeAfterAManagersEdit_SetsTheGoal()
    {
        var goal = (await app.Store.QueryAsync(GoalsList.Name, ListQuery.WhereEquals(GoalsList.OwnerEmail, "visit@linkoping.example"), None))[0];
        await app.Store.UpdateAsync(GoalsList.Name, goal.Id, new Dictionary<string, object?> { [GoalsList.Current] = 150 }, goal.ETag, None);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var report = new GoalUpdate(goal.Id, GoalStatus.AtRisk, 160m, null, "visit@linkoping.example", app.Clock.GetUtcNow(), "sub-goal-160");
        await app.SubmitAndSettleAsync(SubmissionTypes.GoalUpdate.Kind, report.SubmissionId, SubmissionJson.Serialize(report));

        Assert.Equal((160d, "I riskzonen"), ((await app.Store.GetAsync(GoalsList.Name, goal.Id, None)).Number(GoalsList.Current), (await app.Store.GetAsync(GoalsList.Name, goal.Id, None)).Text(GoalsList.Status)));
    }

    [Fact]
    public async Task GoalReport_MovesTheNextReviewOnByTheGoalsOwnInterval()
    {
        var goal = (await app.Store.QueryAsync(GoalsList.Name, ListQuery.WhereEquals(GoalsList.OwnerEmail, "visit@linkoping.example"), None))[0];
        await app.Store.UpdateAsync(GoalsList.Name, goal.Id, new Dictionary<string, object?>
        {
            [GoalsList.ReviewIntervalMonths] = 6,
            [GoalsList.NextReviewDue] = new DateOnly(2026, 11, 10), // two weeks late
        }, goal.ETag, None);
        app.Clock.Advance(TimeSpan.FromMinutes(10));

        var report = new GoalUpdate(goal.Id, GoalStatus.OnTrack, 120m, null, "visit@linkoping.example", app.Clock.GetUtcNow(), "sub-goal-review");
        await app.SubmitAndSettleAsync(SubmissionTypes.GoalUpdate.Kind, report.SubmissionId, SubmissionJson.Serialize(report));

        Assert.Equal(new DateOnly(2027, 5, 10), (await app.Store.GetAsync(GoalsList.Name, goal.Id, None)).Date(GoalsList.NextReviewDue));
    }

    [Fact]
    public async Task SyncFlagsAReviewCyclePastItsDueDateAndNotReported_AndUnflagsItOnceReported()
    {
        var review = await app.Store.CreateAsync(ReviewCyclesList.Name, ReviewCyclesList.Fields(
            new ReviewCycle("Årlig uppföljning 2026", await GuangzhouAsync(), ReviewCycleKind.AnnualFollowUp, new DateOnly(2026, 11, 20), "Kommunstyrelsen", ReviewCycleStatus.Planned)), None);

        await app.RunAsync("sync");
        var flagged = await app.Store.GetAsync(ReviewCyclesList.Name, review.Id, None);
        Assert.True(flagged.Flag(ReviewCyclesList.IsOverdue));

        await app.Store.UpdateAsync(ReviewCyclesList.Name, review.Id, new Dictionary<string, object?> { [ReviewCyclesList.Status] = RegisterWords.Of(ReviewCycleStatus.Reported) }, flagged.ETag, None);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.RunAsync("sync");
        Assert.NotEqual(true, (await app.Store.GetAsync(ReviewCyclesList.Name, review.Id, None)).Flag(ReviewCyclesList.IsOverdue));
    }

    [Fact]
    public async Task Sync_FlagsActivitiesPastTheirFollowUpDateAndNotDone()
    {
        await app.RunAsync("sync");

        var activities = await app.Store.QueryAsync(ActivitiesList.Name, ListQuery.All, None);
        var biogas = activities.Single(a => a.Text(ActivitiesList.Title)!.StartsWith("Erfarenhetsutbyte om biogas", StringComparison.Ordinal));
        var award = activities.Single(a => a.Text(ActivitiesList.Title)!.StartsWith("Guangzhou International Urban", StringComparison.Ordinal));
        Assert.True(biogas.Flag(ActivitiesList.IsOverdue));
        Assert.NotEqual(true, award.Flag(ActivitiesList.IsOverdue));
    }

    [Fact]
    public async Task SyncWhenNothingChanged_WritesNothing()
    {
        await app.RunAsync("sync");
        var token = (await app.Store.GetChangesAsync(ActivitiesList.Name, null, None)).NextToken;

        await app.RunAsync("sync");

        Assert.Empty((await app.Store.GetChangesAsync(ActivitiesList.Name, token, None)).Changes);
    }
}
