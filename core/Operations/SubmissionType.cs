using System.Text.Json;

namespace PartnershipTeams.Core.Operations;

/// <summary>A kind of submission and its payload <typeparamref name="T"/>, kept in the submission log as JSON (<see cref="SubmissionJson"/>).</summary>
public sealed class SubmissionType<T>(string name) : ISubmissionType
    where T : class
{
    private readonly SubmissionKind kind = new(name);

    public SubmissionKind Kind => kind;

    public Type PayloadType => typeof(T);

    /// <summary>
    /// For a kind whose submission is one new item of a list and nothing more (a gift, a note): where it goes, and the
    /// application writes it with no writer of its own. Null for a kind whose writer changes other items too (a visit's
    /// follow-ups, a goal's status).
    /// </summary>
    public NewListItem<T>? NewItem { get; init; }

    public bool IsNewItem => NewItem is not null;

    public (string List, string SubmissionIdColumn, IReadOnlyDictionary<string, object?> Fields) NewItemOf(AcceptedSubmission submission) =>
        NewItem is { } item
            ? (item.List, item.SubmissionIdColumn, item.Fields(PayloadOf(submission)))
            : throw new InvalidOperationException($"Submissions of kind {kind} are written by a writer of their own, not as one new item.");

    public string Serialize(T payload) => SubmissionJson.Serialize(payload);

    /// <summary>The payload of a submission of this kind; throws <see cref="JsonException"/> when it is of another kind or does not read.</summary>
    public T PayloadOf(AcceptedSubmission submission) =>
        submission.Kind == kind ? SubmissionJson.Deserialize<T>(submission.Payload) : throw new JsonException($"Submission {submission.Id} is a {submission.Kind}, not a {kind}.");

    /// <summary>The payload, or null when the submission is of another kind or its payload does not read.</summary>
    public T? TryPayloadOf(AcceptedSubmission submission)
    {
        try
        {
            return submission.Kind == kind ? SubmissionJson.Deserialize<T>(submission.Payload) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
