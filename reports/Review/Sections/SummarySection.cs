using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>The partnership (kind, since, next agreement, ambition) and the action plans of the period.</summary>
public static class SummarySection
{
    public static IEnumerable<Block> Build(ReviewContext context)
    {
        var (register, period, _, texts) = context;
        var partner = register.Partner;
        yield return new HeadingBlock(1, texts.SummaryHeading);
        yield return new ParagraphBlock(texts.SummaryIntro(partner.Text(PartnersList.Title) ?? string.Empty, texts.Period(period)));
        yield return new TableBlock(new ReportTable(texts.PartnershipCaption, [texts.FactHeader, texts.ValueHeader],
        [
            [new TextCell(texts.CountryLabel), ReportTable.Text(partner.Text(PartnersList.Country))],
            [new TextCell(texts.KindLabel), ReportTable.Text(partner.Text(PartnersList.Kind))],
            [new TextCell(texts.AgreementSinceLabel), ReportTable.Date(partner.Date(PartnersList.AgreementSince))],
            [new TextCell(texts.NextAgreementDueLabel), ReportTable.Date(partner.Date(PartnersList.NextAgreementDue))],
            [new TextCell(texts.AmbitionLabel), ReportTable.Text(partner.Text(PartnersList.AmbitionLevel))],
            [new TextCell(texts.CoordinatorLabel), ReportTable.Text(partner.Text(PartnersList.CoordinatorEmail))],
        ]));

        yield return new HeadingBlock(2, texts.PlansHeading);
        var plans = register.Plans
            .Where(p => period.Overlaps(p.Date(ActionPlansList.PeriodStart), p.Date(ActionPlansList.PeriodEnd)))
            .OrderBy(p => p.Date(ActionPlansList.PeriodStart))
            .Select(p => (IReadOnlyList<Cell>)[
                ReportTable.Text(p.Text(ActionPlansList.Title)),
                ReportTable.Date(p.Date(ActionPlansList.PeriodStart)),
                ReportTable.Date(p.Date(ActionPlansList.PeriodEnd)),
                ReportTable.Text(p.Text(ActionPlansList.Owner))])
            .ToList();
        yield return plans.Count == 0
            ? new ParagraphBlock(texts.NoPlans)
            : new TableBlock(new ReportTable(texts.PlansHeading, [texts.PlanHeader, texts.FromHeader, texts.ToHeader, texts.OwnerHeader], plans));
    }
}
