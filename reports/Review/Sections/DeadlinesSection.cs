using PartnershipTeams.Core.Domain;
using PartnershipTeams.Reports.Tables;

namespace PartnershipTeams.Reports.Review.Sections;

/// <summary>Follow-ups overdue today and the review cycles not yet reported.</summary>
public static class DeadlinesSection
{
    public static IEnumerable<Block> Build(ReviewContext context)
    {
        var (register, _, today, texts) = context;
        yield return new HeadingBlock(1, texts.DeadlinesHeading);

        yield return new HeadingBlock(2, texts.OverdueHeading);
        var overdue = register.Activities
            .Select(a => a.Value)
            .Where(a => ActivityProgress.Of(a, today) == ActivityStatus.Overdue)
            .OrderBy(a => a.FollowUpDue)
            .Select(a => (IReadOnlyList<Cell>)[
                ReportTable.Text(a.Title),
                ReportTable.Text(a.OwnerOrganisation),
                ReportTable.Text(a.ResponsibleEmail),
                ReportTable.Date(a.FollowUpDue),
                ReportTable.Number(a.FollowUpDue is { } due ? today.DayNumber - due.DayNumber : null)])
            .ToList();
        if (overdue.Count == 0)
        {
            yield return new ParagraphBlock(texts.NoOverdue);
        }
        else
        {
            var all = new ReportTable(texts.OverdueHeading,
                [texts.ActivityHeader, texts.OrganisationHeader, texts.ResponsibleHeader, texts.FollowUpDueHeader, texts.DaysOverdueHeader], overdue);
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
            .Where(r => r.IsOpen)
            .OrderBy(r => r.Due)
            .Select(r => (IReadOnlyList<Cell>)[
                ReportTable.Text(r.Title),
                new TextCell(texts.Domain.Label(r.Kind)),
                new DateCell(r.Due),
                ReportTable.Text(r.Audience),
                new TextCell(texts.Domain.Label(r.Status))])
            .ToList();
        yield return open.Count == 0
            ? new ParagraphBlock(texts.NoOpenReviews)
            : new TableBlock(new ReportTable(texts.OpenReviewsHeading,
                [texts.ReviewHeader, texts.KindHeader, texts.DueHeader, texts.AudienceHeader, texts.StatusHeader], open));
    }
}
