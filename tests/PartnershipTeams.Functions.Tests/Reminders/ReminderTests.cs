using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Reminders;

/// <summary>The daily reminders on a fake clock: right day, exactly once, across reruns, crashes and concurrent runs.</summary>
public sealed class ReminderTests : IAsyncLifetime
{
    private const string Owner = "anna.svensson@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;

    // Wednesday 2026-11-25 07:30 in Stockholm: seven days before a follow-up due Wednesday 2026-12-02.
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero));
    private FakeConnectorServer connector = null!;
    private int activityId;

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        activityId = await ReminderScene.FollowUpAsync(app.Store, Owner, new DateOnly(2026, 12, 2));
        await ReminderScene.PersonalChatAsync(app, Owner, connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private IReadOnlyList<ConnectorCall> ReminderCards() =>
        [.. connector.Calls.Where(c => c.Method == "POST" && c.CardText.Contains("Skicka avsiktsförklaring", StringComparison.Ordinal))];

    private async Task<StateEntry> LedgerAsync() =>
        Assert.Single(
            await app.Services.GetRequiredService<IOperationalStore>().QueryAsync(StateTable.Reminders, "Recipient", Owner, None),
            r => r.Key.StartsWith($"Activities/{activityId}|", StringComparison.Ordinal));

    [Fact]
    public async Task SevenDaysBefore_TheResponsiblePersonGetsOneReminderCard()
    {
        await app.RunAsync("reminders");

        var card = Assert.Single(ReminderCards());
        Assert.Equal($"/v3/conversations/{Activities.ConversationId}/activities", card.Path);
        Assert.Contains("Sista dag är 2026-12-02 (om 7 dagar).", card.CardText, StringComparison.Ordinal);
        Assert.Equal(["Uppdatera nu", "Påminn om en vecka", "Markera som klar"], card.Actions.Select(a => (string)a["title"]!));
        Assert.Equal("Sent", (await LedgerAsync())["Outcome"]);
    }

    [Fact]
    public async Task RunAgainTheSameDayAndTheNext_SendsNothingMore()
    {
        await app.RunAsync("reminders");
        await app.RunAsync("reminders");
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.RunAsync("reminders");

        Assert.Single(ReminderCards());
    }

    [Fact]
    public async Task TwoRunsAtOnce_SendOneReminder()
    {
        var jobs = (PartnershipTeams.Application.Reminders.ReminderJob)app.Services.GetService(typeof(PartnershipTeams.Application.Reminders.ReminderJob))!
            ?? throw new InvalidOperationException();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => jobs.RunAsync(None)));

        Assert.Single(ReminderCards());
    }

    [Fact]
    public async Task FailedSend_IsTakenOverByTheNextRunAndSentOnce()
    {
        connector.FailNext(500);
        await app.RunAsync("reminders");
        Assert.Equal("Failed", (await LedgerAsync())["Outcome"]);

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        await app.RunAsync("reminders");

        Assert.Equal("Sent", (await LedgerAsync())["Outcome"]);
        Assert.Equal(2, StateValues.Number((await LedgerAsync())["Attempts"]));
    }

    [Fact]
    public async Task ClaimOfARunThatCrashedBeforeSending_IsSentOnceAfterItsLease()
    {
        await app.Services.GetRequiredService<IOperationalStore>().TryAddAsync(StateTable.Reminders, $"Activities/{activityId}|{Owner}|2026-12-02|T-7", new Dictionary<string, string?>
        {
            ["Title"] = "Skicka avsiktsförklaring",
            ["Recipient"] = Owner,
            ["Outcome"] = "Claimed",
            ["ClaimedAt"] = StateValues.Instant(app.Clock.GetUtcNow().AddMinutes(-5)),
            ["Attempts"] = "1",
        }, None);

        await app.RunAsync("reminders");
        Assert.Empty(ReminderCards());

        app.Clock.Advance(TimeSpan.FromMinutes(6));
        await app.RunAsync("reminders");
        await app.RunAsync("reminders");

        Assert.Single(ReminderCards());
        Assert.Equal("Sent", (await LedgerAsync())["Outcome"]);
    }

    [Fact]
    public async Task RunThatDiesAfterPostingBeforeRecording_IsNeverSentAgainButRecordedUncertain()
    {
        await DieAfterPostingAsync();
        Assert.Single(ReminderCards());

        app.Clock.Advance(ReminderLedger.Lease + TimeSpan.FromMinutes(1));
        await app.RunAsync("reminders");
        await app.RunAsync("reminders");

        Assert.Single(ReminderCards());
        Assert.Equal("Uncertain", (await LedgerAsync())["Outcome"]);
    }

    [Fact]
    public async Task UncertainReminder_IsListedInTheWeeklyDigest()
    {
        await AddTeamChannelAsync();
        await DieAfterPostingAsync();
        app.Clock.Advance(ReminderLedger.Lease + TimeSpan.FromMinutes(1));
        await app.RunAsync("reminders");

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 6, 30, 0, TimeSpan.Zero)); // Monday 07:30
        await app.RunAsync("reminders");

        var digest = Assert.Single(connector.Calls, c => c.Path.Contains("19:channel", StringComparison.Ordinal));
        Assert.Contains("Påminnelser som kanske inte kom fram", digest.CardText, StringComparison.Ordinal);
        Assert.Contains(Owner, digest.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmissionKeptAsideAsPoison_IsListedInTheWeeklyDigest()
    {
        await AddTeamChannelAsync();
        await app.Submissions.AcceptAsync(new AcceptedSubmission("stuck-1", SubmissionTypes.VisitReport.Kind, "Besök som fastnade", Owner, "{}", app.Clock.GetUtcNow(), SubmissionStatus.Poison, 5, "trasig"), None);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 6, 30, 0, TimeSpan.Zero)); // Monday 07:30

        await app.RunAsync("reminders");

        var digest = Assert.Single(connector.Calls, c => c.Path.Contains("19:channel", StringComparison.Ordinal));
        Assert.Contains("Rapporter från Teams som inte nådde registret", digest.CardText, StringComparison.Ordinal);
        Assert.Contains("Besök som fastnade", digest.CardText, StringComparison.Ordinal);
    }

    /// <summary>A reminders run whose process dies right after Teams took the card, before the ledger says so.</summary>
    private async Task DieAfterPostingAsync()
    {
        using var death = new CancellationTokenSource();
        connector.OnCall = call =>
        {
            if (call.Method == "POST")
            {
                death.Cancel();
            }
        };
        var job = app.Services.GetRequiredService<ReminderJob>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job.RunAsync(death.Token));
        connector.OnCall = null;
    }

    private Task AddTeamChannelAsync() =>
        app.Conversations.RememberAsync(new ConversationReference(
            "19:channel@thread.tacv2", ConversationScope.Channel, connector.ServiceUrl, Activities.TenantId, "Internationella funktionen – Allmänt", null, null, null, "sv-SE", Active: true, app.Clock.GetUtcNow(), AddedBy: "internationella@linkoping.example"), None);

    [Fact]
    public async Task ThroughTheWeek_RemindersComeAtT7AndT1Only()
    {
        for (var day = 0; day < 8; day++)
        {
            await app.RunAsync("reminders");
            app.Clock.Advance(TimeSpan.FromDays(1));
        }

        var texts = ReminderCards().Select(c => c.CardText).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Contains("(om 1 dag)", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnoozeOnTheCard_MovesTheDueDateAWeek()
    {
        await app.RunAsync("reminders");
        var data = ReminderCards()[0].Actions[1]["data"]!.DeepClone().AsObject();

        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(Submit(data).ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new DateOnly(2026, 12, 9), (await app.Store.GetAsync(ActivitiesList.Name, activityId, None)).Date(ActivitiesList.FollowUpDue));
        Assert.Contains("Flyttad: ny sista dag är 2026-12-09.", connector.Calls.Last().CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnoozeOfADueDateAtTheEndOfTheCalendar_SaysItCannotMoveInsteadOfFailing()
    {
        var item = await app.Store.GetAsync(ActivitiesList.Name, activityId, None);
        await app.Store.UpdateAsync(ActivitiesList.Name, activityId, new Dictionary<string, object?> { [ActivitiesList.FollowUpDue] = new DateOnly(8900, 12, 28) }, item.ETag, None);
        var data = new JsonObject { ["verb"] = "reminder.snooze", ["item"] = $"Activities/{activityId}" };

        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(Submit(data).ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sista dag kan inte flyttas längre fram", (string?)connector.Calls.Last().Body!["text"], StringComparison.Ordinal);
        Assert.Equal(new DateOnly(8900, 12, 28), (await app.Store.GetAsync(ActivitiesList.Name, activityId, None)).Date(ActivitiesList.FollowUpDue));
    }

    [Fact]
    public async Task MarkDoneBySomeoneElse_ChangesNothing()
    {
        await app.RunAsync("reminders");
        var data = ReminderCards()[0].Actions[2]["data"]!.DeepClone().AsObject();
        var forged = Submit(data);
        forged["conversation"]!["id"] = "a:someone-else";

        await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(forged.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal("Planerad", (await app.Store.GetAsync(ActivitiesList.Name, activityId, None)).Text(ActivitiesList.Status));
    }

    [Fact]
    public async Task MarkDoneOnTheCard_ClosesTheActivityAndEndsItsReminders()
    {
        await app.RunAsync("reminders");
        var data = ReminderCards()[0].Actions[2]["data"]!.DeepClone().AsObject();

        await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(Submit(data).ToJsonString(), Encoding.UTF8, "application/json"));
        app.Clock.Advance(TimeSpan.FromDays(6));
        await app.RunAsync("reminders");

        Assert.Equal("Klar", (await app.Store.GetAsync(ActivitiesList.Name, activityId, None)).Text(ActivitiesList.Status));
        Assert.Single(ReminderCards());
    }

    [Fact]
    public async Task WeeklyDigest_GoesToTheTeamChannelOnMondayOnce()
    {
        await app.Conversations.RememberAsync(new ConversationReference(
            "19:channel@thread.tacv2", ConversationScope.Channel, connector.ServiceUrl, Activities.TenantId, "Internationella funktionen – Allmänt", null, null, null, "sv-SE", Active: true, app.Clock.GetUtcNow(), AddedBy: "internationella@linkoping.example"), None);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 6, 30, 0, TimeSpan.Zero)); // Monday 07:30

        await app.RunAsync("reminders");
        await app.RunAsync("reminders");

        var digest = Assert.Single(connector.Calls, c => c.Path.Contains("19:channel", StringComparison.Ordinal));
        Assert.Contains("Veckoöversikt för internationella funktionen", digest.CardText, StringComparison.Ordinal);
        Assert.Contains("Skicka avsiktsförklaring", digest.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeeklyDigest_IsNotSentOnOtherDays()
    {
        await app.Conversations.RememberAsync(new ConversationReference(
            "19:channel@thread.tacv2", ConversationScope.Channel, connector.ServiceUrl, Activities.TenantId, "Kanal", null, null, null, "sv-SE", Active: true, app.Clock.GetUtcNow()), None);

        await app.RunAsync("reminders"); // a Wednesday

        Assert.DoesNotContain(connector.Calls, c => c.Path.Contains("19:channel", StringComparison.Ordinal));
    }

    private JsonObject Submit(JsonObject data) => Activities.Submit(connector.ServiceUrl, data, replyToId: "activity-reminder");
}
