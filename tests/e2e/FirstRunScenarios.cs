using Microsoft.Playwright;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.Browser;

namespace PartnershipTeams.EndToEnd.Tests;

/// <summary>
/// A new user's first run: the product on its demo data with the current period (dated from the day of seeding), in the
/// Agents Playground as its default user, who owns some of the current follow-ups.
/// </summary>
public sealed class FirstRunScenarios() : PlaygroundScenarios(Now, Settings)
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Bot:Language"] = "sv", ["Store:SeedDemoCurrentPeriod"] = "true" };

    // Tuesday 2026-11-24 09:00 in Stockholm.
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task MyFollowUps_ShowsTheOverdueOneMarkedWithTheReminderActionsOnEachRow()
    {
        await Chat.SayAsync("mina uppföljningar");

        await Chat.SeeAsync("Rapport från skolbesöket till utbildningsnämnden");
        await Chat.SeeAsync("Skicka avsiktsförklaring om lärarutbyten");
        await Chat.SeeAsync("Försenad");
        await Chat.ScreenshotAsync("6-overdue-follow-up");
        foreach (var action in new[] { "Uppdatera nu", "Påminn om en vecka", "Markera som klar" })
        {
            Assert.Equal(2, await Chat.Page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).CountAsync());
        }
    }

    [Fact]
    public async Task UpdateGoalShowsTheGoalsIndicatorTargetAndNextReview_WithTheOnlyGoalChosen()
    {
        await Chat.SayAsync("uppdatera mål");

        await Chat.SeeAsync("Antal lärare på utbyte per år");
        await Chat.SeeAsync("Målvärde");
        await Chat.ScreenshotAsync("8-update-goal-details");
        var chosen = Chat.Page.GetByRole(AriaRole.Combobox, new() { Name = "Uppnåendemål" }).Last;
        Assert.Contains("Fler lärarutbyten med Guangzhou", await chosen.TextContentAsync() + await chosen.GetAttributeAsync("value"), StringComparison.Ordinal); // the only goal, chosen already

        // Issue 23: the inputs hold where the goal stands (on track, 2 of 6 teachers), so the user changes what moved.
        Assert.True(await Chat.Page.GetByRole(AriaRole.Radiogroup, new() { Name = "Läge" }).Last.Locator("input[value='OnTrack']").IsCheckedAsync());
        Assert.Equal("2", await Chat.Page.GetByLabel("Nuvarande värde").Last.InputValueAsync());
        await Chat.CardScreenshotAsync("8-goal-card-prefilled");
    }
}
