using Cronos;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// A six-field NCRONTAB schedule read in UTC, as the Functions host reads it on Flex Consumption (which supports no
/// WEBSITE_TIME_ZONE): standalone runs fire at the same instants as in Azure. A job that must happen at a Stockholm
/// time of day (reminders at 07:30) fires at both UTC candidates and decides itself.
/// </summary>
public sealed class TimerSchedule(string expression)
{
    private readonly CronExpression cron = CronExpression.Parse(expression, CronFormat.IncludeSeconds);

    public string Expression { get; } = expression;

    public DateTimeOffset? NextAfter(DateTimeOffset instant) => cron.GetNextOccurrence(instant, TimeZoneInfo.Utc);
}
