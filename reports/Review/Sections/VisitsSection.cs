using PartnershipTeams.Core.Domain;
using PartnershipTeams.Reports.Charts;
using PartnershipTeams.Reports.Tables;
using PartnershipTeams.Reports.Texts;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>
/// Visits and delegation trips of the period: per year and direction, the organisations taking part, and whether the
/// municipality's democratic processes and human-rights work were presented (the policy on meetings with Chinese partners).
/// </summary>
public static class VisitsSection
{
    public static IEnumerable<Block> Build(ReviewContext context)
    {
        var (register, period, _, texts) = context;
        var visits = register.Visits.Select(v => v.Value).Where(v => period.Contains(v.Start)).OrderBy(v => v.Start).ToList();
        yield return new HeadingBlock(1, texts.VisitsHeading);
        if (visits.Count == 0)
        {
            yield return new ParagraphBlock(texts.NoVisits);
            yield break;
        }

        var years = visits.GroupBy(v => v.Start.Year).OrderBy(g => g.Key).ToList();
        yield return new ParagraphBlock(texts.VisitsIntro(visits.Count));
        yield return new ChartBlock(new BarChart(texts.VisitsChart, texts.CountAxis, [.. years.Select(y => (Year(y.Key), (decimal)y.Count()))]));
        yield return new TableBlock(new ReportTable(texts.VisitsChart,
            [texts.YearHeader, texts.Domain.Label(VisitDirection.Outgoing), texts.Domain.Label(VisitDirection.Incoming), texts.TotalHeader],
            [.. years.Select(y => (IReadOnlyList<Cell>)[
                new TextCell(Year(y.Key)),
                new NumberCell(y.Count(v => v.Direction == VisitDirection.Outgoing)),
                new NumberCell(y.Count(v => v.Direction == VisitDirection.Incoming)),
                new NumberCell(y.Count())])]));

        yield return new HeadingBlock(2, texts.OrganisationsHeading);
        var organisations = visits
            .SelectMany(v => v.Organisations.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(o => o, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Create(texts.Culture, false))
            .ToList();
        yield return organisations.Count == 0
            ? new ParagraphBlock(texts.NoOrganisations)
            : new TableBlock(new ReportTable(texts.OrganisationsHeading, [texts.OrganisationHeader, texts.VisitCountHeader],
                [.. organisations.Select(g => (IReadOnlyList<Cell>)[new TextCell(g.Key), new NumberCell(g.Count())])]));

        foreach (var block in Democracy(visits, texts))
        {
            yield return block;
        }

        foreach (var block in GenderEquality(visits, texts))
        {
            yield return block;
        }
    }

    /// <summary>Whether the municipality's democratic processes and human-rights work were presented, visit by visit.</summary>
    private static IEnumerable<Block> Democracy(List<Visit> visits, ReportTexts texts)
    {
        yield return new HeadingBlock(2, texts.DemocracyHeading);
        int Count(DemocracyDialogue d) => visits.Count(v => v.DemocracyDialogue == d);
        yield return new ParagraphBlock(texts.DemocracySummary(Count(DemocracyDialogue.Yes), Count(DemocracyDialogue.No), Count(DemocracyDialogue.NotApplicable)));
        var all = new ReportTable(texts.DemocracyHeading,
            [texts.VisitHeader, texts.FromHeader, texts.DirectionHeader, texts.DemocracyPresentedHeader, texts.CommentHeader],
            [.. visits.Select(v => (IReadOnlyList<Cell>)[
                ReportTable.Text(v.Title),
                new DateCell(v.Start),
                new TextCell(texts.Domain.Label(v.Direction)),
                new TextCell(texts.Domain.Label(v.DemocracyDialogue)),
                ReportTable.Text(v.DemocracyDialogueNote)])]);
        if (visits.Count <= DocumentLimits.Rows)
        {
            yield return new TableBlock(all);
            yield break;
        }

        // Many visits: the document lists those where it was not presented (what the board asks about), the workbook all.
        var notPresented = visits.Select((v, i) => (Visit: v, Row: all.Rows[i]))
            .Where(x => x.Visit.DemocracyDialogue == DemocracyDialogue.No).Select(x => x.Row).ToList();
        if (notPresented.Count > 0)
        {
            yield return new TableBlock(all with { Caption = texts.NotPresentedCaption, Rows = [.. notPresented.Take(DocumentLimits.Rows)] });
            if (notPresented.Count > DocumentLimits.Rows)
            {
                yield return new ParagraphBlock(texts.MoreInWorkbook(notPresented.Count - DocumentLimits.Rows));
            }
        }

        yield return new AppendixBlock(all with { Caption = texts.AllVisitsCaption });
    }

    /// <summary>
    /// The other half of the strategy's first principle: whether gender equality was considered (a visit reported before
    /// the question was asked is said to be so, not counted as a no) and what the delegations were made of, where given.
    /// </summary>
    private static IEnumerable<Block> GenderEquality(List<Visit> visits, ReportTexts texts)
    {
        yield return new HeadingBlock(2, texts.GenderEqualityHeading);
        int Count(GenderEquality answer) => visits.Count(v => v.GenderEquality == answer);
        var unanswered = visits.Where(v => v.GenderEquality is null).ToList();
        var notAsked = unanswered.Count(v => v.WasReportedBeforeGenderEqualityWasAsked);
        yield return new ParagraphBlock(texts.GenderEqualitySummary(
            Count(Core.Domain.GenderEquality.Yes), Count(Core.Domain.GenderEquality.No), Count(Core.Domain.GenderEquality.NotApplicable),
            unanswered.Count - notAsked, notAsked));
        var composed = visits.Where(v => v.Composition is { IsEmpty: false }).Select(v => v.Composition!).ToList();
        yield return new ParagraphBlock(texts.CompositionSummary(
            composed.Count, composed.Sum(c => c.Women ?? 0), composed.Sum(c => c.Men ?? 0), composed.Sum(c => c.OtherOrNotStated ?? 0)));
        var all = new ReportTable(texts.GenderEqualityHeading,
            [texts.VisitHeader, texts.FromHeader, texts.GenderEqualityHeader, texts.WomenHeader, texts.MenHeader, texts.OthersHeader],
            [.. visits.Select(v => (IReadOnlyList<Cell>)[
                ReportTable.Text(v.Title),
                new DateCell(v.Start),
                new TextCell(v.GenderEquality is { } answer ? texts.Domain.Label(answer) : v.WasReportedBeforeGenderEqualityWasAsked ? texts.NotAsked : texts.Unanswered),
                Headcount(v.Composition?.Women),
                Headcount(v.Composition?.Men),
                Headcount(v.Composition?.OtherOrNotStated)])]);
        yield return visits.Count <= DocumentLimits.Rows ? new TableBlock(all) : new AppendixBlock(all);
    }

    private static Cell Headcount(int? count) => count is { } n ? new NumberCell(n) : ReportTable.Text(null);

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
