namespace PartnershipTeams.Core.Operations;

/// <summary>A kind of submission from Teams, described once (<see cref="SubmissionTypes"/>): its kind and the payload it carries.</summary>
public interface ISubmissionType
{
    SubmissionKind Kind { get; }

    Type PayloadType { get; }
}
