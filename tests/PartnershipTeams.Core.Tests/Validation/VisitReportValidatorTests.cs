using System.Globalization;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Tests.Validation;

public sealed class VisitReportValidatorTests
{
    private const int Guangzhou = 1;
    private static readonly IReadOnlySet<int> Partners = new HashSet<int> { Guangzhou, 2 };
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static CostDraft Cost(int row, string organisation, decimal amount) =>
        new(VisitFields.Cost(row, "Organisation"), VisitFields.Cost(row, "Amount"), organisation, amount);

    private static VisitReportDraft Complete() => new()
    {
        Title = "Delegation till Guangzhou",
        PartnerId = Guangzhou,
        Direction = VisitDirection.Outgoing,
        Start = new DateOnly(2026, 10, 5),
        End = new DateOnly(2026, 10, 9),
        Organisations = ["Kommunledningskontoret", "Linköpings universitet"],
        Participants = "Anna Svensson, Li Wei",
        Purpose = "Uppföljning av handlingsplanen",
        Themes = [ThematicArea.ResearchAndHigherEducation, ThematicArea.Education],
        DemocracyDialogue = DemocracyDialogue.Yes,
        DemocracyDialogueNote = "Presentation av kommunens demokratiska processer.",
        GenderEquality = GenderEquality.Yes,
        GenderEqualityNote = "Jämn könsfördelning i delegationen; samtal om kvinnors företagande.",
        Costs = [Cost(1, "Kommunledningskontoret", 42000m)],
        FollowUps = [new FollowUpDraft("Skicka avsiktsförklaring", "anna.svensson@linkoping.se", new DateOnly(2026, 12, 1), null)],
    };

    private static ValidationResult<Visit> Validate(VisitReportDraft draft) =>
        VisitReportValidator.Validate(draft, Partners, "reporter@linkoping.se", Now, "sub-1");

    private static ValidationError SingleError(VisitReportDraft draft) => Assert.Single(Validate(draft).Errors);

    [Fact]
    public void ValidateCompleteReport_IsValidAndKeepsEveryValue()
    {
        var result = Validate(Complete());

        Assert.True(result.IsValid);
        var visit = result.Value!;
        Assert.Equal(Guangzhou, visit.PartnerId);
        Assert.Equal("sub-1", visit.SubmissionId);
        Assert.Equal(42000m, visit.TotalCostSek);
        var followUp = Assert.Single(visit.FollowUps);
        Assert.Equal(ThematicArea.ResearchAndHigherEducation, followUp.Theme);
    }

    [Fact]
    public void ValidateEndBeforeStart_NamesTheEndField()
    {
        var error = SingleError(Complete() with { End = new DateOnly(2026, 10, 1) });

        Assert.Equal(new ValidationError(VisitFields.End, ValidationCode.EndBeforeStart), error);
        Assert.Equal("Slutdatum kan inte vara före startdatum.", DomainTexts.For(CultureInfo.GetCultureInfo("sv")).Describe(error));
    }

    [Fact]
    public void ValidateUnknownPartner_IsRejected()
    {
        Assert.Equal(ValidationCode.UnknownPartner, SingleError(Complete() with { PartnerId = 99 }).Code);
    }

    [Fact]
    public void ValidateEmptyDraft_NamesEveryRequiredField()
    {
        var errors = Validate(new VisitReportDraft()).Errors;

        Assert.Equal(
            [VisitFields.Title, VisitFields.Partner, VisitFields.Direction, VisitFields.Start, VisitFields.End, VisitFields.Purpose, VisitFields.Themes, VisitFields.DemocracyDialogue, VisitFields.GenderEquality],
            errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal(ValidationCode.Required, e.Code));
    }

    [Fact]
    public void ValidateNegativeCost_IsRejected()
    {
        var error = SingleError(Complete() with { Costs = [Cost(1, "Visit Linköping", -5m)] });

        Assert.Equal(new ValidationError(VisitFields.Cost(1, "Amount"), ValidationCode.NegativeCost), error);
    }

    [Fact]
    public void ValidatePurposeOverColumnLimit_GivesTheLimit()
    {
        var error = SingleError(Complete() with { Purpose = new string('x', 4001) });

        Assert.Equal(new ValidationError(VisitFields.Purpose, ValidationCode.TooLong, 4000), error);
        Assert.Contains("4000", DomainTexts.For(CultureInfo.GetCultureInfo("en")).Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateDialogueHeldWithoutSayingHow_AsksForTheNote()
    {
        var error = SingleError(Complete() with { DemocracyDialogueNote = " " });

        Assert.Equal(new ValidationError(VisitFields.DemocracyDialogueNote, ValidationCode.Required), error);
    }

    [Fact]
    public void ValidateDialogueNotApplicable_NeedsNoNote()
    {
        Assert.True(Validate(Complete() with { DemocracyDialogue = DemocracyDialogue.NotApplicable, DemocracyDialogueNote = null }).IsValid);
    }

    [Fact]
    public void ValidateWithoutTheGenderEqualityAnswer_AsksForItAsTheDemocracyQuestionIsAsked()
    {
        var error = SingleError(Complete() with { GenderEquality = null, GenderEqualityNote = null });

        Assert.Equal(new ValidationError(VisitFields.GenderEquality, ValidationCode.Required), error);
    }

    [Fact]
    public void ValidateGenderEqualityConsideredWithoutSayingHow_AsksForTheNote()
    {
        var error = SingleError(Complete() with { GenderEqualityNote = " " });

        Assert.Equal(new ValidationError(VisitFields.GenderEqualityNote, ValidationCode.Required), error);
    }

    [Fact]
    public void ValidateGenderEqualityAndComposition_KeepsThemOnTheVisit()
    {
        var visit = Validate(Complete() with { GenderEquality = GenderEquality.NotApplicable, GenderEqualityNote = null, Women = 3, Men = 2, OtherOrNotStated = 0 }).Value!;

        Assert.Equal((GenderEquality.NotApplicable, (string?)null), (visit.GenderEquality, visit.GenderEqualityNote));
        Assert.Equal(new DelegationComposition(3, 2, 0), visit.Composition);
        Assert.Null(Validate(Complete()).Value!.Composition);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void ValidateACountNoDelegationHas_NamesThatCount(int women)
    {
        var error = SingleError(Complete() with { Women = women, Men = 4 });

        Assert.Equal((VisitFields.Women, ValidationCode.ValueOutOfRange), (error.Field, error.Code));
    }

    [Fact]
    public void ValidateFollowUpWithBadOwnerAndEarlyDue_NamesBothFieldsOfThatFollowUp()
    {
        var draft = Complete() with
        {
            FollowUps =
            [
                new FollowUpDraft("OK", "ok@linkoping.se", new DateOnly(2026, 11, 1), null),
                new FollowUpDraft("Bad", "not an email", new DateOnly(2026, 9, 1), null),
            ],
        };

        var errors = Validate(draft).Errors;

        Assert.Equal(
            [new ValidationError("FollowUp2Owner", ValidationCode.InvalidEmail), new ValidationError("FollowUp2Due", ValidationCode.DueBeforeVisit)],
            errors);
    }
}
