using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Reports.Charts;
using PartnershipTeams.Reports.Tables;

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
        var visits = register.Visits.Where(v => period.Contains(v.Date(VisitsList.Start))).OrderBy(v => v.Date(VisitsList.Start)).ToList();
        yield return new HeadingBlock(1, texts.VisitsHeading);
        if (visits.Count == 0)
        {
            yield return new ParagraphBlock(texts.NoVisits);
            yield break;
        }

        var years = visits.GroupBy(v => v.Date(VisitsList.Start)!.Value.Year).OrderBy(g => g.Key).ToList();
        yield return new ParagraphBlock(texts.VisitsIntro(visits.Count));
        yield return new ChartBlock(new BarChart(texts.VisitsChart, texts.CountAxis, [.. years.Select(y => (Year(y.Key), (decimal)y.Count()))]));
        yield return new TableBlock(new ReportTable(texts.VisitsChart,
            [texts.YearHeader, texts.Domain.Label(VisitDirection.Outgoing), texts.Domain.Label(VisitDirection.Incoming), texts.TotalHeader],
            [.. years.Select(y => (IReadOnlyList<Cell>)[
                new TextCell(Year(y.Key)),
                new NumberCell(y.Count(v => v.Text(VisitsList.Direction) == nameof(VisitDirection.Outgoing))),
                new NumberCell(y.Count(v => v.Text(VisitsList.Direction) == nameof(VisitDirection.Incoming))),
                new NumberCell(y.Count())])]));

        yield return new HeadingBlock(2, texts.OrganisationsHeading);
        var organisations = visits
            .SelectMany(v => (v.Text(VisitsList.Organisations) ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct())
            .GroupBy(o => o, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Create(texts.Culture, false))
            .ToList();
        yield return organisations.Count == 0
            ? new ParagraphBlock(texts.NoOrganisations)
            : new TableBlock(new ReportTable(texts.OrganisationsHeading, [texts.OrganisationHeader, texts.VisitCountHeader],
                [.. organisations.Select(g => (IReadOnlyList<Cell>)[new TextCell(g.Key), new NumberCell(g.Count())])]));

        yield return new HeadingBlock(2, texts.DemocracyHeading);
        int Count(DemocracyDialogue d) => visits.Count(v => v.Text(VisitsList.DemocracyDialogue) == d.ToString());
        yield return new ParagraphBlock(texts.DemocracySummary(Count(DemocracyDialogue.Yes), Count(DemocracyDialogue.No), Count(DemocracyDialogue.NotApplicable)));
        var all = new ReportTable(texts.DemocracyHeading,
            [texts.VisitHeader, texts.FromHeader, texts.DirectionHeader, texts.DemocracyPresentedHeader, texts.CommentHeader],
            [.. visits.Select(v => (IReadOnlyList<Cell>)[
                ReportTable.Text(v.Text(VisitsList.Title)),
                ReportTable.Date(v.Date(VisitsList.Start)),
                ReportTable.Text(texts.Domain.Label(v.Text(VisitsList.Direction) ?? string.Empty)),
                ReportTable.Text(texts.Domain.Label(v.Text(VisitsList.DemocracyDialogue) ?? string.Empty)),
                ReportTable.Text(v.Text(VisitsList.DemocracyDialogueNote))])]);
        if (visits.Count <= DocumentLimits.Rows)
        {
            yield return new TableBlock(all);
            yield break;
        }

        // Many visits: the document lists those where it was not presented (what the board asks about), the workbook all.
        var notPresented = visits.Select((v, i) => (Visit: v, Row: all.Rows[i]))
            .Where(x => x.Visit.Text(VisitsList.DemocracyDialogue) == nameof(DemocracyDialogue.No)).Select(x => x.Row).ToList();
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

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
