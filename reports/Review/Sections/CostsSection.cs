using PartnershipTeams.Reports.Charts;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>Costs per organisation and year: each organisation pays its own part, so the report shows who carried what.</summary>
public static class CostsSection
{
    public static IEnumerable<Block> Build(ReviewContext context)
    {
        var (register, period, _, texts) = context;
        var fromVisits = register.Visits
            .Select(v => v.Value)
            .Where(v => period.Contains(v.Start))
            .SelectMany(v => v.Costs.Select(c => (c.Organisation, v.Start.Year, c.CostSek)));
        var fromActivities = register.Activities
            .Select(a => a.Value)
            .Where(a => period.Overlaps(a.Start, a.End) && a.CostSek is > 0)
            .Select(a => (Organisation: a.OwnerOrganisation is { Length: > 0 } o ? o : texts.UnknownOrganisation,
                          Year: (a.Start ?? a.End ?? period.From).Year,
                          CostSek: a.CostSek!.Value));
        var costs = fromVisits.Concat(fromActivities).ToList();

        yield return new HeadingBlock(1, texts.CostsHeading);
        yield return new ParagraphBlock(texts.CostsIntro);
        if (costs.Count == 0)
        {
            yield return new ParagraphBlock(texts.NoCosts);
            yield break;
        }

        var years = costs.Select(c => c.Year).Distinct().Order().ToList();
        var organisations = costs.GroupBy(c => c.Organisation.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.Key, Total: g.Sum(c => c.CostSek), ByYear: years.Select(y => g.Where(c => c.Year == y).Sum(c => c.CostSek)).ToList()))
            .OrderByDescending(o => o.Total).ToList();
        yield return new ChartBlock(new BarChart(texts.CostsChart, texts.KronorAxis, [.. organisations.Select(o => (o.Name, o.Total))], Amounts: true));
        IReadOnlyList<Cell> totalRow = [new TextCell(texts.TotalHeader), .. years.Select(y => (Cell)new AmountCell(costs.Where(c => c.Year == y).Sum(c => c.CostSek))), new AmountCell(costs.Sum(c => c.CostSek))];
        yield return new TableBlock(new ReportTable(texts.CostsChart,
            [texts.OrganisationHeader, .. years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), texts.TotalHeader],
            [.. organisations.Select(o => (IReadOnlyList<Cell>)[new TextCell(o.Name), .. o.ByYear.Select(c => (Cell)new AmountCell(c)), new AmountCell(o.Total)]), totalRow]));
    }
}
