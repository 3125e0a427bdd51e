namespace PartnershipTeams.Core.Schema.Lists;

/// <summary>
/// The outbox: every submission acknowledged in Teams, stored in the same request under its unique
/// SubmissionId, until the sync function has written it to the register exactly once.
/// </summary>
public static class OutboxList
{
    public const string Name = "Outbox";
    public const string Title = "Title";
    public const string SubmissionId = "SubmissionId";
    public const string Kind = "Kind";
    public const string Payload = "Payload";
    public const string ReportedByEmail = "ReportedByEmail";
    public const string ReceivedAt = "ReceivedAt";
    public const string Status = "Status";
    public const string Attempts = "Attempts";
    public const string LastError = "LastError";

    /// <summary>What a submission is.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["VisitReport", "GoalUpdate"];

    /// <summary>Where a submission stands: waiting, written to the register, or kept aside after repeated failures.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["Pending", "Done", "Poison"];

    public static ListSchema Schema { get; } = new(Name, "Inkorg från Teams", "Outbox from Teams",
    [
        Columns.Title("Inlämning", "Submission"),
        Columns.SubmissionId() with { Required = true },
        new(Kind, ColumnType.Choice, "Typ", "Kind") { Choices = Kinds, Required = true },
        Columns.Note(Payload, "Innehåll (JSON)", "Payload (JSON)"),
        Columns.Text(ReportedByEmail, "Rapporterad av", "Reported by"),
        Columns.Instant(ReceivedAt, "Mottagen", "Received at") with { Required = true },
        new(Status, ColumnType.Choice, "Status", "Status") { Choices = Statuses, Required = true, Indexed = true },
        Columns.Number(Attempts, "Försök", "Attempts"),
        Columns.Note(LastError, "Senaste fel", "Last error", 4000),
    ]);
}
