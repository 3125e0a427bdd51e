using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Tests.Validation;

/// <summary>Amounts as Swedish staff type them: each is read as meant, or refused; never read 100 times too large.</summary>
public sealed class SwedishNumberTests
{
    [Theory]
    [InlineData("1200,50", "1200.50")]
    [InlineData("1 200,50", "1200.50")]
    [InlineData("1\u00a0200,50 kr", "1200.50")]
    [InlineData("1\u202f200,50\u00a0kr", "1200.50")]
    [InlineData("1200,50 kr", "1200.50")]
    [InlineData("45 000", "45000")]
    [InlineData("45 000 kr", "45000")]
    [InlineData("45000 SEK", "45000")]
    [InlineData("1200.50", "1200.50")]
    [InlineData("1200:-", "1200")]
    [InlineData("8000", "8000")]
    [InlineData("1.200,50", "1200.50")]
    [InlineData("1,200.50", "1200.50")]
    [InlineData("1 000 000", "1000000")]
    [InlineData("1.000.000", "1000000")]
    [InlineData("0,5", "0.5")]
    [InlineData("-5", "-5")]
    [InlineData("\u22125", "-5")]
    public void TryParseASwedishWayOfWritingIt_ReadsTheAmountMeant(string text, string expected)
    {
        Assert.True(SwedishNumber.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.200")]
    [InlineData("4 5000")]
    [InlineData("12,5,3")]
    [InlineData("1,2.3,4")]
    [InlineData("NaN")]
    [InlineData("1e5")]
    [InlineData("tusen")]
    [InlineData("")]
    [InlineData("79228162514264337593543950336")]
    public void TryParseWhatCouldBeReadTwoWaysOrNotAtAll_IsRefused(string text)
    {
        Assert.False(SwedishNumber.TryParse(text, out _));
    }
}
