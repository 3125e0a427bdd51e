using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Cards;

/// <summary>
/// Every button is a Universal Action as Teams documents it: Action.Execute inside an ActionSet, with an Action.Submit
/// fallback carrying the same verb and data
/// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards#backward-compatibility),
/// read as such by the official renderer's object model (adaptivecards 3.0, schema 1.4+ Action.Execute and refresh).
/// </summary>
public sealed class UniversalActionTests(CardRendererFixture renderer) : IClassFixture<CardRendererFixture>
{
    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void EveryButton_IsAnActionExecuteWithAnActionSubmitFallbackOfTheSameVerb(string name)
    {
        var card = CardCatalog.All[name];

        Assert.Null(card["actions"]);
        // A link (Action.OpenUrl) opens a page and never reaches the bot.
        foreach (var action in ConnectorCall.ActionsOf(card).Where(a => (string?)a["type"] != "Action.OpenUrl"))
        {
            Assert.Equal("Action.Execute", (string?)action["type"]);
            var fallback = Assert.IsType<JsonObject>(action["fallback"]);
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal((string?)action["verb"], (string?)fallback["data"]!["verb"]);
            Assert.True(JsonNode.DeepEquals(action["data"], fallback["data"]));
            Assert.Equal((string?)action["title"], (string?)fallback["title"]);
        }
    }

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public async Task TheOfficialRenderer_ReadsEveryButtonAsActionExecuteInAnActionSet(string name)
    {
        var card = CardCatalog.All[name];

        var parsed = await renderer.ParseActionsAsync(card);

        // Buttons that only open a part of the card (Action.ToggleVisibility) or a page (Action.OpenUrl) never reach the bot: no Universal Action.
        var reachingTheBot = parsed.Actions.Where(a => a.Type is not ("Action.ToggleVisibility" or "Action.OpenUrl")).ToList();
        Assert.Empty(parsed.Problems);
        Assert.Equal(ConnectorCall.ActionsOf(card).Count(a => (string?)a["type"] != "Action.OpenUrl"), reachingTheBot.Count);
        Assert.All(parsed.Actions, a => Assert.True(a.InActionSet));
        Assert.All(reachingTheBot, a =>
        {
            Assert.Equal("Action.Execute", a.Type);
            Assert.False(string.IsNullOrEmpty(a.Verb));
            Assert.True(a.InActionSet);
        });
    }

    [Theory]
    [InlineData("reminder-sv", "reminder.refresh")]
    [InlineData("reminder-outcome-en", "reminder.refresh")]
    [InlineData("visit-confirmation-status-sv", "visit.refresh")]
    [InlineData("goal-confirmation-status-en", "goal.refresh")]
    public async Task ReminderAndConfirmationCards_RefreshForTheirRecipientWithAnActionExecute(string name, string verb)
    {
        var parsed = await renderer.ParseActionsAsync(CardCatalog.All[name]);

        Assert.Equal("Action.Execute", parsed.Refresh?.Type);
        Assert.Equal(verb, parsed.Refresh?.Verb);
        Assert.Equal(["29:1user-anna"], parsed.UserIds);
    }
}
