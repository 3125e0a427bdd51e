using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Texts;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>Commands as people type them (issue 10: "hjalp", "rapportera", "jag vill rapportera ett besök" were not understood).</summary>
public sealed class CommandMatcherTests
{
    private static readonly CommandMatcher Matcher = new(BotCommands.Names);

    [Theory]
    [InlineData("hjälp", "Help")]
    [InlineData("hjalp", "Help")]
    [InlineData("Hjälp!", "Help")]
    [InlineData("?", "Help")]
    [InlineData("help me", "Help")]
    [InlineData("mina uppfoljningar", "MyFollowUps")]
    [InlineData("MINA UPPFÖLJNINGAR", "MyFollowUps")]
    [InlineData("uppföljningar", "MyFollowUps")]
    [InlineData("my follow-ups", "MyFollowUps")]
    [InlineData("rapportera", "ReportVisit")]
    [InlineData("rapp", "ReportVisit")]
    [InlineData("jag vill rapportera ett besök", "ReportVisit")]
    [InlineData("I want to report a visit", "ReportVisit")]
    [InlineData("uppdatera mitt mål", "UpdateGoal")]
    [InlineData("uppdatera", "UpdateGoal")]
    [InlineData("update my goal", "UpdateGoal")]
    [InlineData("visa kommande besök", "UpcomingVisits")]
    [InlineData("upcoming", "UpcomingVisits")]
    [InlineData("mina besök", "MyVisits")]
    [InlineData("mina besok", "MyVisits")]
    [InlineData("visa mina besök", "MyVisits")]
    [InlineData("mina rapporter", "MyVisits")]
    [InlineData("my visits", "MyVisits")]
    [InlineData("show my visits", "MyVisits")]
    public void MatchWhatPeopleType_FindsTheOneCommandMeant(string text, string command)
    {
        Assert.Equal([command], Matcher.Match(text));
    }

    [Theory]
    [InlineData("besök", new[] { "ReportVisit", "UpcomingVisits", "MyVisits" })]
    [InlineData("hjälp mig att rapportera besök", new[] { "ReportVisit", "Help" })]
    public void MatchTextThatFitsSeveralCommands_ReturnsAllOfThemToAsk(string text, string[] commands)
    {
        Assert.Equal(commands.Order(), Matcher.Match(text).Order());
    }

    [Theory]
    [InlineData("vad är klockan")]
    [InlineData("ra")]
    [InlineData("")]
    [InlineData("!!!")]
    public void MatchTextThatFitsNoCommand_ReturnsNone(string text)
    {
        Assert.Empty(Matcher.Match(text));
    }
}
