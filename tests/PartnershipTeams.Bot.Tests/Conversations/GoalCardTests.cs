using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Tests.InMemory;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Validation;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>Issue 23 item 6: "uppdatera mål" did not show the goal's current status or value in its inputs.</summary>
public sealed class GoalCardTests : InMemoryConversationTestBase
{
    private const string Owner = "visit@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<Goal> GoalAsync(string title) =>
        (await Bot.Store.QueryAsync(GoalsList.Records, ListQuery.WhereEquals(GoalsList.OwnerEmail, Owner), None)).Single(g => g.Value.Title == title).Value;

    private static decimal? NumberIn(JsonObject input) =>
        SwedishNumber.TryParse((string?)input["value"], out var number) ? number : null;

    [Fact]
    public async Task UpdateGoal_OpensWithTheGoalsStatusAndCurrentValueInItsInputs()
    {
        Bot.KnowMember(Activities.UserId, Owner);
        var goal = await GoalAsync("Fler kinesiska övernattningar i Linköping");

        var form = (await SendAsync(Activities.Message(ServiceUrl, "uppdatera mål"))).Last().Card!;

        Assert.Equal(goal.Status.ToString(), (string?)Input(form, "Status")!["value"]);
        var current = Input(form, "Current")!;
        Assert.Equal("Input.Text", (string?)current["type"]); // "21 000" is what a Swede types; a number field would empty it
        Assert.Equal(goal.Current, NumberIn(current));
        Assert.Equal("21\u00a0000", (string?)current["value"]); // written the Swedish way, thousands apart
    }

    [Fact]
    public async Task UpdateGoalWithSeveralGoals_OffersEachAndTheOneChosenOpensWithItsOwnValues()
    {
        Bot.KnowMember(Activities.UserId, Owner);
        var plan = (await Bot.Store.QueryAsync(ActionPlansList.Name, ListQuery.All, None))[0].Id;
        await Bot.Store.CreateAsync(GoalsList.Name, GoalsList.Fields(new Goal(
            "Tio studentutbyten per år", plan, ThematicArea.ResearchAndHigherEducation, Owner, "Antal utbyten", 10m, 4m, GoalStatus.OffTrack, null, null)), None);

        var choice = (await SendAsync(Activities.Message(ServiceUrl, "uppdatera mål"))).Last().Card!;
        var buttons = ConnectorCall.ActionsOf(choice).Where(a => (string?)a["title"] == "Rapportera läget").ToList();

        Assert.Equal(2, buttons.Count);
        Assert.Null(Input(choice, "Status")); // no status shown before the goal it belongs to is known
        var second = buttons[1];
        var form = (await ExecuteAsync((string)second["verb"]!, second["data"]!.AsObject())).AsObject();
        Assert.Equal("OffTrack", (string?)Input(form, "Status")!["value"]);
        Assert.Equal(4m, NumberIn(Input(form, "Current")!));
        Assert.Contains("Tio studentutbyten per år", ConnectorCall.TextsOf(form), StringComparison.Ordinal);
        Assert.DoesNotContain("Fler kinesiska övernattningar", ConnectorCall.TextsOf(form), StringComparison.Ordinal);
    }
}
