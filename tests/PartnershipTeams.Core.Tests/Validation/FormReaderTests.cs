using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Tests.Validation;

public sealed class FormReaderTests
{
    [Fact]
    public void ValuesTypedTheSwedishWay_ReadAsTyped()
    {
        var form = new FormReader(new Dictionary<string, string> { ["Amount"] = " 12 500,50 kr", ["Day"] = "2026-12-07", ["Item"] = "42", ["Status"] = "Achieved" });

        Assert.Equal(12500.50m, form.Number("Amount"));
        Assert.Equal(new DateOnly(2026, 12, 7), form.Date("Day"));
        Assert.Equal(42, form.ItemId("Item"));
        Assert.Equal(GoalStatus.Achieved, form.Choice<GoalStatus>("Status"));
        Assert.Null(form.Text("Missing"));
        Assert.Empty(form.Problems);
    }

    [Fact]
    public void AValueThatDoesNotRead_IsNamedOnItsFieldOnceBeforeWhatTheValidatorSays()
    {
        var form = new FormReader(new Dictionary<string, string> { ["Amount"] = "tolv tusen", ["Day"] = "7/12", ["Empty"] = "  " });

        Assert.Null(form.Number("Amount"));
        Assert.Null(form.Date("Day"));
        Assert.Null(form.Number("Empty"));
        var result = form.Checked(ValidationResult.Invalid<Goal>([new ValidationError("Amount", ValidationCode.Required), new ValidationError("Title", ValidationCode.Required)]));

        Assert.Equal(
            [new ValidationError("Amount", ValidationCode.InvalidNumber), new ValidationError("Day", ValidationCode.InvalidDate), new ValidationError("Title", ValidationCode.Required)],
            result.Errors);
        Assert.False(result.IsValid);
    }
}
