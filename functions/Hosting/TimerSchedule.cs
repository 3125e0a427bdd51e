using Cronos;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>A six-field NCRONTAB schedule read in the business time zone, so 07:30 stays 07:30 across daylight saving.</summary>
public sealed class TimerSchedule(string expression)
{
    private readonly CronExpression cron = CronExpression.Parse(expression, CronFormat.IncludeSeconds);

    public string Expression { get; } = expression;

    public DateTimeOffset? NextAfter(DateTimeOffset instant) => cron.GetNextOccurrence(instant, BusinessTimeZone.Zone);
}
