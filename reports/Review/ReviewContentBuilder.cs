using PartnershipTeams.Reports.Review.Sections;

namespace PartnershipTeams.Reports.Review;

/// <summary>Puts the sections together in the order kommunstyrelsen reads them.</summary>
public static class ReviewContentBuilder
{
    public static ReviewContent Build(ReviewContext context)
    {
        var partner = context.Register.Partner.Value.Title;
        var texts = context.Texts;
        IEnumerable<Block> blocks =
        [
            .. SummarySection.Build(context),
            .. AssessmentSection.Build(context),
            .. GoalsSection.Build(context),
            .. ActivitiesSection.Build(context),
            .. VisitsSection.Build(context),
            .. CostsSection.Build(context),
            .. DeadlinesSection.Build(context),
        ];
        return new ReviewContent(texts.Title(partner, texts.Period(context.Period)), texts.Subtitle(context.Today), texts.LanguageTag, [.. blocks]);
    }
}
