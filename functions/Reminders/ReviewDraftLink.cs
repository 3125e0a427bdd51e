using System.Globalization;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Reports;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Functions.Reports;

namespace PartnershipTeams.Functions.Reminders;

/// <summary>
/// The T-30 reminder of a review cycle links to a fresh draft of the partner's review: made now from the register and,
/// with SharePoint, saved in the library "Rapporter" (the link opens it there, behind the site's permissions).
/// Standalone without SharePoint the link is the report URL of this app on this machine.
/// </summary>
public sealed class ReviewDraftLink(IListStore store, IReviewReports reports, IConfiguration configuration)
{
    public const int DaysBefore = 30;

    public async Task<Uri?> ForAsync(PlannedReminder reminder, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (reminder.Deadline.Kind != DeadlineKind.ReviewCycle || reminder.DaysBefore != DaysBefore
            || reminder.Deadline.ItemKey.Split('/') is not [ReviewCyclesList.Name, var id]
            || !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var reviewId))
        {
            return null;
        }

        var review = await store.GetAsync(ReviewCyclesList.Name, reviewId, cancellationToken);
        if (review.LookupId(ReviewCyclesList.Partner) is not { } partner)
        {
            return null;
        }

        var draft = await reports.CreateAsync(new ReviewRequest(partner, null, null, culture), cancellationToken);
        return draft.LibraryUrl ?? LocalUrl(partner, culture);
    }

    private Uri? LocalUrl(int partner, CultureInfo culture)
    {
        if (FunctionsHostPort.IsUnderFunctionsHost(configuration))
        {
            return null;
        }

        var local = (configuration["urls"] ?? "http://localhost:7071").Split(';')[0].Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate($"{local.TrimEnd('/')}{ReviewReportEndpoints.Path}?partner={partner}&lang={culture.TwoLetterISOLanguageName}", UriKind.Absolute, out var url) ? url : null;
    }
}
