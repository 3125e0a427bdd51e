using System.Globalization;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Tests.Texts;

public sealed class DomainTextsTests
{
    private static readonly DomainTexts Swedish = DomainTexts.For(CultureInfo.GetCultureInfo("sv"));
    private static readonly DomainTexts English = DomainTexts.For(CultureInfo.GetCultureInfo("en"));

    public static TheoryData<ValidationCode> Codes() => new(Enum.GetValues<ValidationCode>());

    [Theory]
    [MemberData(nameof(Codes))]
    public void DescribeEveryCode_HasItsOwnSwedishAndEnglishText(ValidationCode code)
    {
        var error = new ValidationError("Field", code, 10);

        var swedish = Swedish.Describe(error);
        var english = English.Describe(error);

        Assert.NotEqual(swedish, english);
        Assert.DoesNotContain("inte giltigt", swedish, StringComparison.Ordinal);
        Assert.DoesNotContain("not valid", english, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeTooLong_NamesTheLimit()
    {
        Assert.Equal("Texten får vara högst 255 tecken.", Swedish.Describe(new ValidationError("Title", ValidationCode.TooLong, 255)));
    }

    [Fact]
    public void LabelEveryThematicArea_HasDistinctSwedishAndEnglishNames()
    {
        var areas = Enum.GetValues<ThematicArea>();

        Assert.Equal(7, areas.Length);
        Assert.Equal(7, areas.Select(Swedish.Label).Distinct().Count());
        Assert.Equal(7, areas.Select(English.Label).Distinct().Count());
        Assert.Equal("Vård och omsorg", Swedish.Label(ThematicArea.HealthAndSocialCare));
    }

    [Fact]
    public void LabelOfAValueWithoutOne_IsTheValueItself()
    {
        Assert.Equal("systerort", Swedish.Label("systerort"));
        Assert.Equal("Enligt plan", Swedish.Label(GoalStatus.OnTrack));
    }

    [Fact]
    public void TextsInALanguageWithoutItsOwnFile_AreSwedish()
    {
        var german = DomainTexts.For(CultureInfo.GetCultureInfo("de"));

        Assert.Equal("Vård och omsorg", german.Label(ThematicArea.HealthAndSocialCare));
    }
}
