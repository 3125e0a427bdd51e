using PartnershipTeams.Core.Domain;
using PartnershipTeams.Reports.Charts;
using PartnershipTeams.Reports.Tables;
using PartnershipTeams.Reports.Texts;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>
/// Activities of the period per thematic area: done, ongoing, planned, overdue, with the responsible organisation. A theme
/// with more than <see cref="DocumentLimits.Rows"/> activities is counted per organisation, its overdue ones listed, and
/// every activity goes to the Excel version. Which activities are the period's, and where each stands, is the record's
/// own rule (<see cref="Activity.IsActivityOf"/>, <see cref="Activity.ProgressOn"/>): a cancelled one is not activity.
/// </summary>
public static class ActivitiesSection
{
    /// <summary>The order progress is shown in.</summary>
    public static readonly ActivityStatus[] Order = [ActivityStatus.Done, ActivityStatus.Ongoing, ActivityStatus.Planned, ActivityStatus.Overdue];

    public static IEnumerable<Block> Build(ReviewContext context)
    {
        var (register, period, today, texts) = context;
        var activities = register.Activities
            .Select(a => a.Value)
            .Where(a => a.IsActivityOf(period))
            .Select(a => (Item: a, Progress: a.ProgressOn(today)))
            .ToList();
        var cancelled = register.Activities.Count(a => a.Value.IsCancelled && a.Value.PlacementIn(period) == PeriodPlacement.Within);

        yield return new HeadingBlock(1, texts.ActivitiesHeading);
        if (activities.Count == 0)
        {
            yield return new ParagraphBlock(texts.NoActivities);
            if (cancelled > 0)
            {
                yield return new ParagraphBlock(texts.CancelledActivities(cancelled));
            }

            yield break;
        }

        var themes = Enum.GetValues<ThematicArea>().Where(t => activities.Any(a => a.Item.Theme == t)).ToList();
        yield return new ParagraphBlock(texts.ActivitiesIntro(activities.Count, activities.Count(a => a.Progress == ActivityStatus.Overdue)));
        if (cancelled > 0)
        {
            yield return new ParagraphBlock(texts.CancelledActivities(cancelled));
        }
        yield return new ChartBlock(new BarChart(texts.ActivitiesChart, texts.CountAxis,
            [.. themes.Select(t => (texts.Domain.Label(t), (decimal)activities.Count(a => a.Item.Theme == t)))]));
        yield return new TableBlock(new ReportTable(texts.ActivitiesChart,
            [texts.ThemeHeader, .. Order.Select(p => texts.Domain.Label(p)), texts.TotalHeader],
            [.. themes.Select(t => (IReadOnlyList<Cell>)[
                new TextCell(texts.Domain.Label(t)),
                .. Order.Select(p => (Cell)new NumberCell(activities.Count(a => a.Item.Theme == t && a.Progress == p))),
                new NumberCell(activities.Count(a => a.Item.Theme == t))])]));

        foreach (var theme in themes)
        {
            var label = texts.Domain.Label(theme);
            var inTheme = activities.Where(a => a.Item.Theme == theme)
                .OrderBy(a => Array.IndexOf(Order, a.Progress)).ThenBy(a => a.Item.Start)
                .ToList();
            yield return new HeadingBlock(2, label);
            var all = ActivityTable(label, inTheme, texts);
            if (inTheme.Count <= DocumentLimits.Rows)
            {
                yield return new TableBlock(all);
                continue;
            }

            yield return new ParagraphBlock(texts.ThemeByOrganisation(inTheme.Count));
            yield return new TableBlock(new ReportTable(label,
                [texts.OrganisationHeader, .. Order.Select(p => texts.Domain.Label(p)), texts.TotalHeader],
                [.. inTheme.GroupBy(a => a.Item.OwnerOrganisation is { Length: > 0 } o ? o : texts.UnknownOrganisation, StringComparer.OrdinalIgnoreCase)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => (IReadOnlyList<Cell>)[
                        new TextCell(g.Key),
                        .. Order.Select(p => (Cell)new NumberCell(g.Count(a => a.Progress == p))),
                        new NumberCell(g.Count())])]));
            var overdue = inTheme.Where(a => a.Progress == ActivityStatus.Overdue).ToList();
            if (overdue.Count > 0)
            {
                yield return new TableBlock(ActivityTable(texts.OverdueInTheme(label), [.. overdue.Take(DocumentLimits.Rows)], texts));
                if (overdue.Count > DocumentLimits.Rows)
                {
                    yield return new ParagraphBlock(texts.MoreInWorkbook(overdue.Count - DocumentLimits.Rows));
                }
            }

            yield return new AppendixBlock(all with { Caption = texts.AllActivitiesCaption(label) });
        }
    }

    private static ReportTable ActivityTable(string caption, IReadOnlyList<(Activity Item, ActivityStatus Progress)> activities, ReportTexts texts) =>
        new(caption, [texts.ActivityHeader, texts.OrganisationHeader, texts.FromHeader, texts.ToHeader, texts.StatusHeader],
            [.. activities.Select(a => (IReadOnlyList<Cell>)[
                ReportTable.Text(a.Item.Title),
                ReportTable.Text(a.Item.OwnerOrganisation),
                ReportTable.Date(a.Item.Start),
                ReportTable.Date(a.Item.End),
                new TextCell(texts.Domain.Label(a.Progress))])]);
}
