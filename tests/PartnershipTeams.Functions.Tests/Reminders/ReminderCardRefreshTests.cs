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

namespace PartnershipTeams.Functions.Tests.Reminders;

/// <summary>
/// The reminder card as a Universal Action card: its refresh shows the item as it is now, and its buttons, invoked
/// again as Teams retries invokes, change the item once
/// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards).
/// </summary>
public sealed class ReminderCardRefreshTests : IAsyncLifetime
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
        await app.RunAsync("reminders");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private JsonObject ReminderCard() =>
        connector.Calls.Single(c => c.Method == "POST" && c.CardText.Contains("Skicka avsiktsförklaring", StringComparison.Ordinal)).Card!;

    /// <summary>Invokes an Action.Execute of the card as Teams does, and returns the invoke response's body.</summary>
    private async Task<JsonNode> InvokeAsync(JsonObject action)
    {
        var activity = Activities.Execute(connector.ServiceUrl, (string)action["verb"]!, action["data"]!.DeepClone().AsObject());
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string TextOf(JsonNode card) => string.Join('\n', card["body"]!.AsArray().Select(e => (string?)e?["text"]).OfType<string>());

    [Fact]
    public async Task ReminderCard_RefreshesForItsRecipient()
    {
        var refresh = ReminderCard()["refresh"]!;

        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal([Activities.UserId], refresh["userIds"]!.AsArray().Select(u => (string)u!));
    }

    [Fact]
    public async Task RefreshAfterAManagerMovedTheDueDate_ShowsTheNewDate()
    {
        var item = await app.Store.GetAsync(ActivitiesList.Name, activityId, None);
        await app.Store.UpdateAsync(ActivitiesList.Name, activityId, new Dictionary<string, object?> { [ActivitiesList.FollowUpDue] = new DateOnly(2026, 12, 16) }, item.ETag, None);

        var answer = await InvokeAsync(ReminderCard()["refresh"]!["action"]!.AsObject());

        Assert.Equal(200, (int)answer["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        Assert.Contains("Sista dag är 2026-12-16 (om 21 dagar).", TextOf(answer["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAfterTheActivityWasClosedInTheRegister_ShowsItDoneWithoutButtons()
    {
        var item = await app.Store.GetAsync(ActivitiesList.Name, activityId, None);
        await app.Store.UpdateAsync(ActivitiesList.Name, activityId, new Dictionary<string, object?> { [ActivitiesList.Status] = RegisterWords.Of(ActivityStatus.Done) }, item.ETag, None);

        var answer = await InvokeAsync(ReminderCard()["refresh"]!["action"]!.AsObject());

        Assert.Contains("posten är avslutad i registret", TextOf(answer["value"]!), StringComparison.Ordinal);
        Assert.Empty(ConnectorCall.ActionsOf(answer["value"]!.AsObject()));
    }

    [Fact]
    public async Task SnoozeInvokedTwiceAsTeamsRetriesIt_MovesTheDueDateOneWeekOnly()
    {
        var snooze = ConnectorCall.ActionsOf(ReminderCard())[1];

        var first = await InvokeAsync(snooze);
        var retried = await InvokeAsync(snooze);

        Assert.Equal(new DateOnly(2026, 12, 9), (await app.Store.GetAsync(ActivitiesList.Name, activityId, None)).Date(ActivitiesList.FollowUpDue));
        Assert.Contains("2026-12-09", TextOf(first["value"]!), StringComparison.Ordinal);
        Assert.Contains("2026-12-09", TextOf(retried["value"]!), StringComparison.Ordinal);
    }
}
