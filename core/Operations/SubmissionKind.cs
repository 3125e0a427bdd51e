namespace PartnershipTeams.Core.Operations;

/// <summary>
/// What a submission from Teams is, by the name the submission log keeps it under. The kinds are the types registered
/// in <see cref="SubmissionTypes"/>; a name none of them has reads as <see cref="Unknown"/>.
/// </summary>
public readonly record struct SubmissionKind(string Name)
{
    /// <summary>A kind this version does not know (stored by a newer one, or damaged): never written, kept aside as poison.</summary>
    public static SubmissionKind Unknown { get; } = new("Unknown");

    /// <summary>The registered kind of this name, or <see cref="Unknown"/>.</summary>
    public static SubmissionKind Parse(string? name) =>
        SubmissionTypes.All.FirstOrDefault(t => t.Kind.Name == name)?.Kind ?? Unknown;

    public override string ToString() => Name;
}
