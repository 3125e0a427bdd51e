using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;
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
            .Where(a => ActivityProgress.Of(a, today) == ActivityStatus.Overdue)
            .OrderBy(a => a.Date(ActivitiesList.FollowUpDue))
            .Select(a => (IReadOnlyList<Cell>)[
                ReportTable.Text(a.Text(ActivitiesList.Title)),
                ReportTable.Text(a.Text(ActivitiesList.OwnerOrganisation)),
                ReportTable.Text(a.Text(ActivitiesList.ResponsibleEmail)),
                ReportTable.Date(a.Date(ActivitiesList.FollowUpDue)),
                ReportTable.Number(a.Date(ActivitiesList.FollowUpDue) is { } due ? today.DayNumber - due.DayNumber : null)])
            .ToList();
        yield return overdue.Count == 0
            ? new ParagraphBlock(texts.NoOverdue)
            : new TableBlock(new ReportTable(texts.OverdueHeading,
                [texts.ActivityHeader, texts.OrganisationHeader, texts.ResponsibleHeader, texts.FollowUpDueHeader, texts.DaysOverdueHeader], overdue));

        yield return new HeadingBlock(2, texts.OpenReviewsHeading);
        var open = register.Reviews
            .Where(r => r.Text(ReviewCyclesList.Status) != nameof(ReviewCycleStatus.Reported))
            .OrderBy(r => r.Date(ReviewCyclesList.Due))
            .Select(r => (IReadOnlyList<Cell>)[
                ReportTable.Text(r.Text(ReviewCyclesList.Title)),
                ReportTable.Text(texts.Domain.Label(r.Text(ReviewCyclesList.Kind) ?? string.Empty)),
                ReportTable.Date(r.Date(ReviewCyclesList.Due)),
                ReportTable.Text(r.Text(ReviewCyclesList.Audience)),
                ReportTable.Text(texts.Domain.Label(r.Text(ReviewCyclesList.Status) ?? string.Empty))])
            .ToList();
        yield return open.Count == 0
            ? new ParagraphBlock(texts.NoOpenReviews)
            : new TableBlock(new ReportTable(texts.OpenReviewsHeading,
                [texts.ReviewHeader, texts.KindHeader, texts.DueHeader, texts.AudienceHeader, texts.StatusHeader], open));
    }
}
