using PartnershipTeams.Core.Domain;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>
/// The period's overdue follow-ups and open review cycles, then — apart, never mixed into the period's figures — what
/// earlier periods left open (<see cref="Activity.IsCarriedInto"/>, <see cref="ReviewCycle.IsCarriedInto"/>): counted
/// with the oldest date in the document, listed in the Excel version.
/// </summary>
public static class DeadlinesSection
{
    public static IEnumerable<Block> Build(ReviewContext context)
    {
        var (register, period, today, texts) = context;
        yield return new HeadingBlock(1, texts.DeadlinesHeading);

        yield return new HeadingBlock(2, texts.OverdueHeading);
        var overdue = register.Activities
            .Select(a => a.Value)
            .Where(a => a.IsActivityOf(period) && a.IsOverdueOn(today))
            .OrderBy(a => a.FollowUpDue)
            .Select(a => FollowUpRow(a, today))
            .ToList();
        if (overdue.Count == 0)
        {
            yield return new ParagraphBlock(texts.NoOverdue);
        }
        else
        {
            var all = new ReportTable(texts.OverdueHeading, FollowUpHeaders(context), overdue);
            yield return new TableBlock(all with { Rows = [.. overdue.Take(DocumentLimits.Rows)] });
            if (overdue.Count > DocumentLimits.Rows)
            {
                yield return new ParagraphBlock(texts.MoreInWorkbook(overdue.Count - DocumentLimits.Rows));
                yield return new AppendixBlock(all);
            }
        }

        yield return new HeadingBlock(2, texts.OpenReviewsHeading);
        var open = register.Reviews
            .Select(r => r.Value)
            .Where(r => r.IsOpen && r.PlacementIn(period) == PeriodPlacement.Within)
            .OrderBy(r => r.Due)
            .Select(r => ReviewRow(r, context))
            .ToList();
        yield return open.Count == 0
            ? new ParagraphBlock(texts.NoOpenReviews)
            : new TableBlock(new ReportTable(texts.OpenReviewsHeading, ReviewHeaders(context), open));

        foreach (var block in CarriedOver(context))
        {
            yield return block;
        }
    }

    /// <summary>What earlier periods left open: a count and the oldest date each, the lists in the Excel version.</summary>
    private static IEnumerable<Block> CarriedOver(ReviewContext context)
    {
        var (register, period, today, texts) = context;
        var activities = register.Activities.Select(a => a.Value).Where(a => a.IsCarriedInto(period)).OrderBy(a => a.FollowUpDue ?? a.End ?? a.Start).ToList();
        var reviews = register.Reviews.Select(r => r.Value).Where(r => r.IsCarriedInto(period)).OrderBy(r => r.Due).ToList();
        yield return new HeadingBlock(2, texts.CarriedOverHeading);
        if (activities.Count == 0 && reviews.Count == 0)
        {
            yield return new ParagraphBlock(texts.NothingCarriedOver);
            yield break;
        }

        if (activities.Count > 0)
        {
            var oldest = (activities[0].FollowUpDue ?? activities[0].End ?? activities[0].Start)!.Value;
            yield return new ParagraphBlock(texts.CarriedOverFollowUps(activities.Count, oldest, period.YearsBefore(oldest)));
            yield return new AppendixBlock(new ReportTable(texts.CarriedOverFollowUpsCaption, FollowUpHeaders(context), [.. activities.Select(a => FollowUpRow(a, today))]));
        }

        if (reviews.Count > 0)
        {
            yield return new ParagraphBlock(texts.CarriedOverReviews(reviews.Count, reviews[0].Due, period.YearsBefore(reviews[0].Due)));
            yield return new AppendixBlock(new ReportTable(texts.CarriedOverReviewsCaption, ReviewHeaders(context), [.. reviews.Select(r => ReviewRow(r, context))]));
        }
    }

    private static IReadOnlyList<string> FollowUpHeaders(ReviewContext context) =>
        [context.Texts.ActivityHeader, context.Texts.OrganisationHeader, context.Texts.ResponsibleHeader, context.Texts.FollowUpDueHeader, context.Texts.DaysOverdueHeader];

    private static IReadOnlyList<Cell> FollowUpRow(Activity a, DateOnly today) =>
    [
        ReportTable.Text(a.Title),
        ReportTable.Text(a.OwnerOrganisation),
        ReportTable.Text(a.ResponsibleEmail),
        ReportTable.Date(a.FollowUpDue),
        ReportTable.Number(a.FollowUpDue is { } due && due < today ? today.DayNumber - due.DayNumber : null),
    ];

    private static IReadOnlyList<string> ReviewHeaders(ReviewContext context) =>
        [context.Texts.ReviewHeader, context.Texts.KindHeader, context.Texts.DueHeader, context.Texts.AudienceHeader, context.Texts.StatusHeader];

    private static IReadOnlyList<Cell> ReviewRow(ReviewCycle r, ReviewContext context) =>
    [
        ReportTable.Text(r.Title),
        new TextCell(context.Texts.Domain.Label(r.Kind)),
        new DateCell(r.Due),
        ReportTable.Text(r.Audience),
        new TextCell(context.Texts.Domain.Label(r.Status)),
    ];
}
