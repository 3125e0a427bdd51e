using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>The partnership (kind, since, next agreement, ambition) and the action plans of the period.</summary>
public static class SummarySection
{
    public static IEnumerable<Block> Build(ReviewContext context)
    {
        var (register, period, _, texts) = context;
        var partner = register.Partner.Value;
        yield return new HeadingBlock(1, texts.SummaryHeading);
        yield return new ParagraphBlock(texts.SummaryIntro(partner.Title, texts.Period(period)));
        yield return new TableBlock(new ReportTable(texts.PartnershipCaption, [texts.FactHeader, texts.ValueHeader],
        [
            [new TextCell(texts.CountryLabel), ReportTable.Text(texts.Domain.Country(partner.Country))],
            // The municipality's own word for the kind (vänort, samverkansort, systerort) in Swedish; in English, English.
            [new TextCell(texts.KindLabel), new TextCell(texts.Domain.Label(partner.Kind))],
            [new TextCell(texts.AgreementSinceLabel), ReportTable.Date(partner.AgreementSince)],
            // A date the period has left behind is said to be one, not shown as if it were still to come.
            [new TextCell(texts.NextAgreementDueLabel), partner.IsNextAgreementDueBefore(period) ? new TextCell(texts.NextAgreementPassed(partner.NextAgreementDue!.Value)) : ReportTable.Date(partner.NextAgreementDue)],
            [new TextCell(texts.AmbitionLabel), ReportTable.Text(partner.AmbitionLevel)],
            [new TextCell(texts.CoordinatorLabel), ReportTable.Text(partner.CoordinatorEmail)],
        ]));

        yield return new HeadingBlock(2, texts.PlansHeading);
        var plans = register.Plans
            .Select(p => p.Value)
            .Where(p => period.Overlaps(p.PeriodStart, p.PeriodEnd))
            .OrderBy(p => p.PeriodStart)
            .Select(p => (IReadOnlyList<Cell>)[ReportTable.Text(p.Title), new DateCell(p.PeriodStart), new DateCell(p.PeriodEnd), ReportTable.Text(p.Owner)])
            .ToList();
        yield return plans.Count == 0
            ? new ParagraphBlock(texts.NoPlans)
            : new TableBlock(new ReportTable(texts.PlansHeading, [texts.PlanHeader, texts.FromHeader, texts.ToHeader, texts.OwnerHeader], plans));
    }
}
