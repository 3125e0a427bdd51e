namespace PartnershipTeams.Bot.Tests.Cards;

/// <summary>Every card rendered by the official Adaptive Cards JS renderer in headless Chromium, as Teams would.</summary>
public sealed class CardRenderingTests(CardRendererFixture renderer) : IClassFixture<CardRendererFixture>
{
    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public async Task Card_RendersWithoutProblemsAndShowsItsHeading(string name)
    {
        var card = CardCatalog.All[name];

        var (problems, text) = await renderer.RenderAsync(name, card);

        Assert.Empty(problems);
        Assert.Contains((string)card["body"]![0]!["text"]!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisitFormWithErrors_ShowsEachProblemAndKeepsTheTypedValues()
    {
        var (_, text) = await renderer.RenderAsync("visit-form-errors-check", CardCatalog.All["visit-form-errors-sv"]);

        Assert.Contains("Slutdatum kan inte vara före startdatum.", text, StringComparison.Ordinal);
        Assert.Contains("Ange en giltig e-postadress.", text, StringComparison.Ordinal);
        Assert.Contains("Rapporten skickades inte.", text, StringComparison.Ordinal);
    }
}
