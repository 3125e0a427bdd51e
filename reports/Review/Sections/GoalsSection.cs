using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Schema.Mapping;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Reports.Charts;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>Achievement goals: target, current, status (off track and at risk first) and the history of their updates.</summary>
public static class GoalsSection
{
    private static readonly GoalStatus[] ConcernFirst = [GoalStatus.OffTrack, GoalStatus.AtRisk, GoalStatus.OnTrack, GoalStatus.Achieved];

    public static IEnumerable<Block> Build(ReviewContext context)
    {
        var (register, period, _, texts) = context;
        var plans = register.Plans
            .Where(p => period.Overlaps(p.Date(ActionPlansList.PeriodStart), p.Date(ActionPlansList.PeriodEnd)))
            .Select(p => p.Id).ToHashSet();
        var goals = register.Goals
            .Where(g => g.LookupId(GoalsList.ActionPlan) is { } plan && plans.Contains(plan))
            .OrderBy(g => Concern(g.Text(GoalsList.Status)))
            .ThenBy(g => g.Text(GoalsList.Title), StringComparer.Create(texts.Culture, false))
            .ToList();

        yield return new HeadingBlock(1, texts.GoalsHeading);
        if (goals.Count == 0)
        {
            yield return new ParagraphBlock(texts.NoGoals);
            yield break;
        }

        var byStatus = ConcernFirst.Select(s => (Status: s, Count: goals.Count(g => g.Text(GoalsList.Status) == s.ToString()))).ToList();
        yield return new ParagraphBlock(texts.GoalsIntro(goals.Count, byStatus[0].Count + byStatus[1].Count));
        yield return new ChartBlock(new BarChart(texts.GoalStatusChart, texts.CountAxis, [.. byStatus.Select(s => (texts.Domain.Label(s.Status), (decimal)s.Count))]));
        yield return new TableBlock(new ReportTable(texts.GoalStatusChart, [texts.StatusHeader, texts.CountHeader],
            [.. byStatus.Select(s => (IReadOnlyList<Cell>)[new TextCell(texts.Domain.Label(s.Status)), new NumberCell(s.Count)])]));

        yield return new HeadingBlock(2, texts.GoalListHeading);
        yield return new TableBlock(new ReportTable(texts.GoalListHeading,
            [texts.GoalHeader, texts.ThemeHeader, texts.IndicatorHeader, texts.TargetHeader, texts.CurrentHeader, texts.StatusHeader, texts.NextReviewHeader],
            [.. goals.Select(g => (IReadOnlyList<Cell>)[
                ReportTable.Text(g.Text(GoalsList.Title)),
                ReportTable.Text(texts.Domain.Label(g.Text(GoalsList.Theme) ?? string.Empty)),
                ReportTable.Text(g.Text(GoalsList.Indicator)),
                ReportTable.Number(ItemRecords.AsAmount(g.Number(GoalsList.Target))),
                ReportTable.Number(ItemRecords.AsAmount(g.Number(GoalsList.Current))),
                ReportTable.Text(texts.Domain.Label(g.Text(GoalsList.Status) ?? string.Empty)),
                ReportTable.Date(g.Date(GoalsList.NextReviewDue))])]));

        yield return new HeadingBlock(2, texts.GoalHistoryHeading);
        var order = goals.Select((g, i) => (g.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var titles = goals.ToDictionary(g => g.Id, g => g.Text(GoalsList.Title) ?? string.Empty);
        var history = register.GoalUpdates
            .Where(u => u.LookupId(GoalUpdatesList.Goal) is { } goal && order.ContainsKey(goal) && period.Contains(ReportedOn(u)))
            .OrderBy(u => order[u.LookupId(GoalUpdatesList.Goal)!.Value])
            .ThenBy(u => u.Instant(GoalUpdatesList.ReportedAt))
            .Select(u => (IReadOnlyList<Cell>)[
                new TextCell(titles[u.LookupId(GoalUpdatesList.Goal)!.Value]),
                ReportTable.Date(ReportedOn(u)),
                ReportTable.Text(u.Text(GoalUpdatesList.ReportedByEmail)),
                ReportTable.Text(texts.Domain.Label(u.Text(GoalUpdatesList.Status) ?? string.Empty)),
                ReportTable.Number(ItemRecords.AsAmount(u.Number(GoalUpdatesList.Current))),
                ReportTable.Text(u.Text(GoalUpdatesList.Comment))])
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

    private static int Concern(string? status) =>
        Enum.TryParse<GoalStatus>(status, out var s) ? Array.IndexOf(ConcernFirst, s) : ConcernFirst.Length;

    private static DateOnly? ReportedOn(ListItem update) =>
        update.Instant(GoalUpdatesList.ReportedAt) is { } at ? BusinessTimeZone.DateOf(at) : null;
}
