namespace PartnershipTeams.Core.Operations;

/// <summary>A kind of submission from Teams, described once (<see cref="SubmissionTypes"/>): its kind and the payload it carries.</summary>
public interface ISubmissionType
{
    SubmissionKind Kind { get; }

    Type PayloadType { get; }

    /// <summary>Whether a submission of this kind is one new item of a list and nothing more (<see cref="SubmissionType{T}.NewItem"/>).</summary>
    bool IsNewItem { get; }

    /// <summary>For a kind that <see cref="IsNewItem"/>: the item a submission makes, and where.</summary>
    (string List, string SubmissionIdColumn, IReadOnlyDictionary<string, object?> Fields) NewItemOf(AcceptedSubmission submission);
}
