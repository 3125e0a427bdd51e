namespace PartnershipTeams.Core.Telemetry;

/// <summary>The attribute names the app's spans and metrics carry (the standard ones where OpenTelemetry has one).</summary>
public static class TelemetryAttributes
{
    public const string ActivityType = "partnerships.activity.type";
    public const string ConversationScope = "partnerships.conversation.scope";
    public const string Conversation = "partnerships.conversation.pseudonym";
    public const string TurnHandledAs = "partnerships.turn.handled_as";
    public const string JobName = "partnerships.job.name";
    public const string JobOutcome = "partnerships.job.outcome";
    public const string SubmissionId = "partnerships.submission.id";
    public const string SubmissionKind = "partnerships.submission.kind";
    public const string SubmissionResult = "partnerships.submission.result";
    public const string RefusalReason = "partnerships.submission.refusal";
    public const string Deliveries = "partnerships.submission.deliveries";
    public const string SyncAction = "partnerships.sync.action";
    public const string ReminderKind = "partnerships.reminder.kind";
    public const string ReminderOutcome = "partnerships.reminder.outcome";
    public const string GraphRequestKind = "partnerships.graph.request_kind";
    public const string ConnectorOperation = "partnerships.connector.operation";
    public const string RetentionKind = "partnerships.retention.kind";
    public const string HttpStatusCode = "http.response.status_code";
    public const string ErrorType = "error.type";
}
