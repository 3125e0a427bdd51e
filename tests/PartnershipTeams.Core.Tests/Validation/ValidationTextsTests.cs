using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Tests.Validation;

public sealed class ValidationTextsTests
{
    public static TheoryData<ValidationCode> Codes() => new(Enum.GetValues<ValidationCode>());

    [Theory]
    [MemberData(nameof(Codes))]
    public void Describe_EveryCode_HasItsOwnSwedishAndEnglishText(ValidationCode code)
    {
        var error = new ValidationError("Field", code, 10);

        var swedish = ValidationTexts.Describe(error, english: false);
        var english = ValidationTexts.Describe(error, english: true);

        Assert.NotEqual(swedish, english);
        Assert.DoesNotContain("inte giltigt", swedish, StringComparison.Ordinal);
        Assert.DoesNotContain("not valid", english, StringComparison.Ordinal);
    }
}
