using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Reports.Charts;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>Achievement goals: target, current, status (off track and at risk first) and the history of their updates.</summary>
public static class GoalsSection
{
    private static readonly GoalStatus[] ConcernFirst = [GoalStatus.OffTrack, GoalStatus.AtRisk, GoalStatus.OnTrack, GoalStatus.Achieved];

    /// <summary>The goals of the period's action plans, those of concern first.</summary>
    public static IReadOnlyList<Goal> OfPeriod(ReviewContext context) => [.. Stored(context).Select(g => g.Value)];

    private static List<Stored<Goal>> Stored(ReviewContext context)
    {
        var (register, period, _, texts) = context;
        var plans = register.Plans.Where(p => period.Overlaps(p.Value.PeriodStart, p.Value.PeriodEnd)).Select(p => p.Id).ToHashSet();
        return [.. register.Goals
            .Where(g => plans.Contains(g.Value.ActionPlanId))
            .OrderBy(g => Array.IndexOf(ConcernFirst, g.Value.Status))
            .ThenBy(g => g.Value.Title, StringComparer.Create(texts.Culture, false))];
    }

    public static IEnumerable<Block> Build(ReviewContext context)
    {
        var (register, period, _, texts) = context;
        var goals = Stored(context);

        yield return new HeadingBlock(1, texts.GoalsHeading);
        if (goals.Count == 0)
        {
            yield return new ParagraphBlock(texts.NoGoals);
            yield break;
        }

        var byStatus = ConcernFirst.Select(s => (Status: s, Count: goals.Count(g => g.Value.Status == s))).ToList();
        yield return new ParagraphBlock(texts.GoalsIntro(goals.Count, byStatus[0].Count + byStatus[1].Count));
        yield return new ChartBlock(new BarChart(texts.GoalStatusChart, texts.CountAxis, [.. byStatus.Select(s => (texts.Domain.Label(s.Status), (decimal)s.Count))]));
        yield return new TableBlock(new ReportTable(texts.GoalStatusChart, [texts.StatusHeader, texts.CountHeader],
            [.. byStatus.Select(s => (IReadOnlyList<Cell>)[new TextCell(texts.Domain.Label(s.Status)), new NumberCell(s.Count)])]));

        yield return new HeadingBlock(2, texts.GoalListHeading);
        yield return new TableBlock(new ReportTable(texts.GoalListHeading,
            [texts.GoalHeader, texts.ThemeHeader, texts.IndicatorHeader, texts.TargetHeader, texts.CurrentHeader, texts.StatusHeader, texts.NextReviewHeader],
            [.. goals.Select(g => g.Value).Select(g => (IReadOnlyList<Cell>)[
                ReportTable.Text(g.Title),
                new TextCell(texts.Domain.Label(g.Theme)),
                ReportTable.Text(g.Indicator),
                ReportTable.Number(g.Target),
                ReportTable.Number(g.Current),
                new TextCell(texts.Domain.Label(g.Status)),
                ReportTable.Date(g.NextReviewDue)])]));

        yield return new HeadingBlock(2, texts.GoalHistoryHeading);
        var order = goals.Select((g, i) => (g.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var titles = goals.ToDictionary(g => g.Id, g => g.Value.Title);
        var history = register.GoalUpdates
            .Select(u => u.Value)
            .Where(u => order.ContainsKey(u.GoalId) && period.Contains(BusinessTimeZone.DateOf(u.ReportedAt)))
            .OrderBy(u => order[u.GoalId])
            .ThenBy(u => u.ReportedAt)
            .Select(u => (IReadOnlyList<Cell>)[
                new TextCell(titles[u.GoalId]),
                new DateCell(BusinessTimeZone.DateOf(u.ReportedAt)),
                ReportTable.Text(u.ReportedByEmail),
                new TextCell(texts.Domain.Label(u.Status)),
                ReportTable.Number(u.Current),
                ReportTable.Text(u.Comment)])
            .ToList();
        if (history.Count == 0)
        {
            yield return new ParagraphBlock(texts.NoGoalUpdates);
            yield break;
        }

        var all = new ReportTable(texts.GoalHistoryHeading,
            [texts.GoalHeader, texts.DateHeader, texts.ReportedByHeader, texts.StatusHeader, texts.CurrentHeader, texts.CommentHeader], history);
        if (history.Count <= DocumentLimits.Rows * 2)
        {
            yield return new TableBlock(all);
            yield break;
        }

        // Many updates: the latest of each goal in the document, every one in the workbook.
        yield return new ParagraphBlock(texts.LatestUpdatePerGoal(history.Count));
        yield return new TableBlock(all with { Rows = [.. history.GroupBy(r => ((TextCell)r[0]).Text).Select(g => g.Last())] });
        yield return new AppendixBlock(all with { Caption = texts.AllGoalUpdatesCaption });
    }
}
