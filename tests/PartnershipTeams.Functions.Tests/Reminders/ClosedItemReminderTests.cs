using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Reminders;

/// <summary>
/// A goal review and a review cycle reminded seven days ahead, then closed in the register (the goal achieved, the review
/// reported): the reminder card, refreshed as Teams does when it is opened, shows the item closed and offers nothing to press.
/// </summary>
public sealed class ClosedItemReminderTests : IAsyncLifetime
{
    private const string Owner = "anna.svensson@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Due = new(2026, 12, 2);

    // Wednesday 2026-11-25 07:30 in Stockholm: seven days before both are due.
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero));
    private FakeConnectorServer connector = null!;
    private int goalId;
    private int reviewId;

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        var plan = (await app.Store.QueryAsync(ActionPlansList.Name, ListQuery.All, None))[0].Id;
        goalId = (await app.Store.CreateAsync(GoalsList.Name, GoalsList.Fields(new Goal(
            "Fler lärarutbyten", plan, ThematicArea.Education, Owner, "Antal lärare på utbyte", 6m, 2m, GoalStatus.OnTrack, Due, null, IndicatorKind.Count)), None)).Id;
        var partner = (await app.Store.CreateAsync(PartnersList.Name, PartnersList.Fields(new Partner(
            "Tammerfors", "Finland", PartnerKind.Friendship, null, null, "Vänort", Owner)), None)).Id;
        reviewId = (await app.Store.CreateAsync(ReviewCyclesList.Name, ReviewCyclesList.Fields(new ReviewCycle(
            "Årlig uppföljning med Tammerfors", partner, ReviewCycleKind.AnnualFollowUp, Due, "Kommunstyrelsen", ReviewCycleStatus.Planned)), None)).Id;
        await ReminderScene.PersonalChatAsync(app, Owner, connector.ServiceUrl);
        await app.RunAsync("reminders");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private JsonObject ReminderCard(string title) =>
        connector.Calls.Single(c => c.Method == "POST" && c.CardText.Contains(title, StringComparison.Ordinal)).Card!;

    private async Task<JsonObject> RefreshAsync(JsonObject card)
    {
        var action = card["refresh"]!["action"]!.AsObject();
        var activity = Activities.Execute(connector.ServiceUrl, (string)action["verb"]!, action["data"]!.DeepClone().AsObject());
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.AsObject();
    }

    private static string TextOf(JsonObject card) => string.Join('\n', card["body"]!.AsArray().Select(e => (string?)e?["text"]).OfType<string>());

    private async Task CloseAsync(string list, int id, string column, string word)
    {
        var item = await app.Store.GetAsync(list, id, None);
        await app.Store.UpdateAsync(list, id, new Dictionary<string, object?> { [column] = word }, item.ETag, None);
    }

    [Fact]
    public async Task RefreshAfterTheGoalWasAchieved_ShowsItClosedWithoutButtons()
    {
        var card = ReminderCard("Fler lärarutbyten");
        await CloseAsync(GoalsList.Name, goalId, GoalsList.Status, RegisterWords.Of(GoalStatus.Achieved));

        var refreshed = await RefreshAsync(card);

        Assert.Contains("posten är avslutad i registret", TextOf(refreshed), StringComparison.Ordinal);
        Assert.Empty(ConnectorCall.ActionsOf(refreshed));
    }

    [Fact]
    public async Task RefreshAfterTheReviewWasReported_ShowsItClosedWithoutButtons()
    {
        var card = ReminderCard("Årlig uppföljning med Tammerfors");
        await CloseAsync(ReviewCyclesList.Name, reviewId, ReviewCyclesList.Status, RegisterWords.Of(ReviewCycleStatus.Reported));

        var refreshed = await RefreshAsync(card);

        Assert.Contains("posten är avslutad i registret", TextOf(refreshed), StringComparison.Ordinal);
        Assert.Empty(ConnectorCall.ActionsOf(refreshed));
    }
}
