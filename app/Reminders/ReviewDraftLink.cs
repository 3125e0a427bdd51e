using System.Globalization;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Application.Reminders;

/// <summary>
/// The T-30 reminder of a review cycle links to a fresh draft of the partner's review: made now from the register and,
/// with SharePoint, saved in the library "Rapporter" (the link opens it there, behind the site's permissions).
/// Standalone without SharePoint the link is the report URL of this app on this machine.
/// </summary>
public sealed partial class ReviewDraftLink(IListStore store, IReviewReports reports, ILocalReviewAddress local, ILogger<ReviewDraftLink> logger)
{
    public const int DaysBefore = 30;

    public async Task<Uri?> ForAsync(PlannedReminder reminder, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (!reminder.Deadline.Subject.LinksReviewDraft || reminder.DaysBefore != DaysBefore)
        {
            return null;
        }

        try
        {
            var review = await store.GetAsync(reminder.Deadline.Item.List, reminder.Deadline.Item.Id, cancellationToken);
            if (review.LookupId(ReviewCyclesList.Partner) is not { } partner)
            {
                return null;
            }

            var draft = await reports.CreateAsync(new ReviewRequest(partner, null, null, culture), cancellationToken);
            return draft.LibraryUrl ?? local.ReviewOf(partner, culture);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reminder matters more than its link: it goes without one, and the day's other reminders after it.
            LogDraftFailed(logger, reminder.Deadline.Item.ToString(), e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No draft review could be made for the reminder of {Item}; it is sent without the link")]
    private static partial void LogDraftFailed(ILogger logger, string item, Exception exception);
}
