using System.Globalization;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Tests.Validation;

/// <summary>A report is valid only if every list item it becomes fits the register, checked as the stores check.</summary>
public sealed class RegisterFitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static VisitReportDraft Draft() => new()
    {
        Title = "Delegation",
        PartnerId = 1,
        Direction = VisitDirection.Outgoing,
        Start = new DateOnly(2026, 11, 10),
        End = new DateOnly(2026, 11, 12),
        Organisations = ["Kommunledningskontoret"],
        Purpose = "Uppföljning",
        Themes = [ThematicArea.Culture],
        DemocracyDialogue = DemocracyDialogue.No,
        GenderEquality = GenderEquality.No,
        FollowUps = [new FollowUpDraft("Skicka brev", "anna@linkoping.se", new DateOnly(2026, 12, 1), null)],
    };

    private static ValidationResult<Visit> Validate(VisitReportDraft draft) =>
        VisitReportValidator.Validate(draft, new HashSet<int> { 1 }, "anna@linkoping.se", Now, "0123456789abcdef0123456789abcdef");

    [Fact]
    public void ValidateAnOrganisationLongerThanAnActivityHolds_IsNamedOnTheOrganisationsField()
    {
        // The first organisation becomes each follow-up activity's owner organisation: a single line of 255 characters.
        var result = Validate(Draft() with { Organisations = [new string('O', 300)] });

        Assert.Contains(new ValidationError(VisitFields.Organisations, ValidationCode.TooLong, ColumnDefinition.TextLimit), result.Errors);
    }

    [Fact]
    public void ValidateControlCharactersInAText_AreNamedOnItsField()
    {
        var result = Validate(Draft() with { Purpose = "Uppföljning\u0001" });

        Assert.Contains(new ValidationError(VisitFields.Purpose, ValidationCode.InvalidCharacters), result.Errors);
    }

    [Fact]
    public void ValidateTheLongestTextsEveryFieldTakes_FitTheOutbox()
    {
        var result = Validate(Draft() with
        {
            Outcomes = new string('ö', 8000),
            Purpose = new string('ö', 4000),
            Participants = new string('"', 4000),
            Organisations = [new string('\\', 255)],
        });

        Assert.True(result.IsValid, string.Join(", ", result.Errors));
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2999-12-31")]
    public void ValidateADateFarOutsideTheRegistersWindow_IsRefusedOnItsField(string date)
    {
        var start = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var result = Validate(Draft() with { Start = start, End = start, FollowUps = [] });

        Assert.Contains(result.Errors, e => e.Field == VisitFields.Start && e.Code == ValidationCode.DateOutOfRange);
        Assert.Contains("2016-11-24–2031-11-24", DomainTexts.For(CultureInfo.GetCultureInfo("sv")).Describe(result.Errors.First(e => e.Field == VisitFields.Start)), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateAnAmountAboveTheCeiling_IsRefusedNamingTheCeilingInKronor()
    {
        var result = Validate(Draft() with { Costs = [new CostDraft(VisitFields.Cost(1, "Organisation"), VisitFields.Cost(1, "Amount"), "Kommunen", 1_000_000_000_000_000_000m)] });

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCode.AmountTooLarge, error.Code);
        Assert.Contains("10\u00a0000\u00a0000\u00a0kr", DomainTexts.For(CultureInfo.GetCultureInfo("sv")).Describe(error), StringComparison.Ordinal);
    }
}
