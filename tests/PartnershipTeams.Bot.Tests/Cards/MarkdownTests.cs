using PartnershipTeams.Bot.Cards;

namespace PartnershipTeams.Bot.Tests.Cards;

public sealed class MarkdownTests
{
    [Theory]
    [InlineData("*Li_Wei*", "\\*Li\\_Wei\\*")]
    [InlineData("[klicka](https://evil.example)", "\\[klicka\\](https://evil.example)")]
    [InlineData("<script>", "\\<script\\>")]
    [InlineData("- punkt\n+ till", "\\- punkt\n\\+ till")]
    [InlineData("Elev- och lärarutbyten", "Elev- och lärarutbyten")]
    [InlineData("anna.svensson@linkoping.se", "anna.svensson@linkoping.se")]
    public void EscapeMarkdownInUserText_IsShownAsTyped(string typed, string escaped)
    {
        Assert.Equal(escaped, Markdown.Escape(typed));
    }
}
