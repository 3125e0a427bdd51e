using System.Diagnostics.Metrics;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Reminders;

namespace PartnershipTeams.Core.Telemetry;

/// <summary>
/// The numbers a coordinator or an operator charts, from one <see cref="Meter"/> ("PartnershipTeams"): submissions
/// accepted, refused, written and how long to the register, poison; job runs, sync items, Graph resource units and
/// throttling, reminders by outcome, connector failures, values removed by retention. docs/TELEMETRY.md lists them.
/// </summary>
public static class PartnershipMetrics
{
    internal static Meter Meter { get; } = new(PartnershipTelemetry.Name, PartnershipTelemetry.Version);

    internal static Counter<long> Turns { get; } = Meter.CreateCounter<long>(
        "partnerships.bot.turns", "{turn}", "Inbound Teams activities handled, by what they were (command, card action, installation)");

    private static readonly Counter<long> Accepted = Meter.CreateCounter<long>(
        "partnerships.submissions.accepted", "{submission}", "Submissions from Teams accepted (recorded, queued and confirmed)");

    private static readonly Counter<long> Refused = Meter.CreateCounter<long>(
        "partnerships.submissions.refused", "{submission}", "Submitted cards sent back to the user to correct");

    private static readonly Counter<long> Written = Meter.CreateCounter<long>(
        "partnerships.submissions.written", "{submission}", "Accepted submissions the register now holds");

    private static readonly Histogram<double> ReportToRegister = Meter.CreateHistogram(
        "partnerships.submission.report_to_register.duration", "s", "From the acknowledgement in Teams to the item in the register",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600] });

    private static readonly Counter<long> Poisoned = Meter.CreateCounter<long>(
        "partnerships.submissions.poisoned", "{submission}", "Accepted submissions set aside as poison after their last failed attempt");

    private static readonly Gauge<long> PoisonKept = Meter.CreateGauge<long>(
        "partnerships.submissions.poison", "{submission}", "Submissions kept aside as poison, waiting for a person (counted by each sync run)");

    private static readonly Histogram<double> JobDuration = Meter.CreateHistogram(
        "partnerships.job.duration", "s", "How long a timer job run took (sync, reminders, retention, subscriptions)",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300] });

    private static readonly Counter<long> SyncItems = Meter.CreateCounter<long>(
        "partnerships.sync.items", "{item}", "What a sync run did: submissions queued again, derived fields written");

    private static readonly Counter<long> ResourceUnits = Meter.CreateCounter<long>(
        "partnerships.graph.resource_units", "{resource_unit}", "SharePoint resource units spent on Graph and REST calls, as the pacer counts them (2 a call, 40 a $batch)");

    private static readonly Counter<long> Throttled = Meter.CreateCounter<long>(
        "partnerships.graph.throttled", "{response}", "Graph and SharePoint answers 429 or 503 (throttled)");

    private static readonly Gauge<long> BudgetLeft = Meter.CreateGauge<long>(
        "partnerships.graph.resource_units.remaining", "{resource_unit}", "Resource units left in the minute, as SharePoint's RateLimit-Remaining says (sent from 80 % of the budget on)");

    private static readonly Counter<long> Reminders = Meter.CreateCounter<long>(
        "partnerships.reminders.handled", "{reminder}", "Reminders a run handled, by outcome (sent, failed, not installed, undeliverable)");

    private static readonly Counter<long> ConnectorFailures = Meter.CreateCounter<long>(
        "partnerships.connector.failures", "{request}", "Bot Connector calls that failed: refused, gone or unreachable");

    private static readonly Counter<long> Removed = Meter.CreateCounter<long>(
        "partnerships.retention.removed", "{value}", "Personal data removed at the end of its retention period, by kind");

    public static void SubmissionAccepted(SubmissionKind kind) => Accepted.Add(1, Tag(TelemetryAttributes.SubmissionKind, Value(kind)));

    /// <summary>A card came back to its user to correct; <paramref name="reason"/> is a kind ("invalid"), never the values.</summary>
    public static void SubmissionRefused(SubmissionKind kind, string reason) =>
        Refused.Add(1, Tag(TelemetryAttributes.SubmissionKind, Value(kind)), Tag(TelemetryAttributes.RefusalReason, reason));

    public static void SubmissionWritten(SubmissionKind kind, TimeSpan sinceAcknowledged)
    {
        Written.Add(1, Tag(TelemetryAttributes.SubmissionKind, Value(kind)));
        ReportToRegister.Record(Math.Max(0, sinceAcknowledged.TotalSeconds), Tag(TelemetryAttributes.SubmissionKind, Value(kind)));
    }

    public static void SubmissionPoisoned(SubmissionKind kind) => Poisoned.Add(1, Tag(TelemetryAttributes.SubmissionKind, Value(kind)));

    public static void PoisonWaiting(int count) => PoisonKept.Record(count);

    public static void JobRan(string job, string outcome, TimeSpan duration) =>
        JobDuration.Record(duration.TotalSeconds, Tag(TelemetryAttributes.JobName, job), Tag(TelemetryAttributes.JobOutcome, outcome));

    public static void SyncDid(string action, int count) => SyncItems.Add(count, Tag(TelemetryAttributes.SyncAction, action));

    public static void GraphCall(bool batch, int resourceUnits) =>
        ResourceUnits.Add(resourceUnits, Tag(TelemetryAttributes.GraphRequestKind, batch ? "batch" : "call"));

    public static void GraphThrottled(int status) => Throttled.Add(1, Tag(TelemetryAttributes.HttpStatusCode, status));

    public static void GraphBudgetRemaining(int resourceUnits) => BudgetLeft.Record(resourceUnits);

    public static void ReminderHandled(IReminderSubject subject, ReminderOutcome outcome) =>
        Reminders.Add(1, Tag(TelemetryAttributes.ReminderKind, subject.Name), Tag(TelemetryAttributes.ReminderOutcome, Value(outcome)));

    /// <summary>A failed connector call: the operation, the status when there was an answer, and what kind of failure.</summary>
    public static void ConnectorFailed(string operation, int? status, string errorType) =>
        ConnectorFailures.Add(1, Tag(TelemetryAttributes.ConnectorOperation, operation), Tag(TelemetryAttributes.HttpStatusCode, status), Tag(TelemetryAttributes.ErrorType, errorType));

    public static void RetentionRemoved(string kind, int count)
    {
        if (count > 0)
        {
            Removed.Add(count, Tag(TelemetryAttributes.RetentionKind, kind));
        }
    }

    /// <summary>An enum value as an attribute value: snake_case ("VisitReport" → "visit_report").</summary>
    public static string Value<T>(T value)
        where T : struct, Enum => SnakeCase(value.ToString());

    /// <summary>A submission kind as a metric tag: its name in snake case ("visit_report").</summary>
    public static string Value(SubmissionKind kind) => SnakeCase(kind.Name);

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value);
}
