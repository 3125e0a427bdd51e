using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Submissions;

/// <summary>
/// Writes a submission of a kind that is one new item of a list and nothing more (<see cref="ISubmissionType.IsNewItem"/>):
/// the item, created once under its submission id. Every such registered kind gets one (<see cref="SubmissionTypes"/>).
/// </summary>
public sealed class NewItemWriter(ISubmissionType type, IListStore store) : ISubmissionWriter
{
    public ISubmissionType Type => type;

    public Task WriteAsync(AcceptedSubmission submission, CancellationToken cancellationToken)
    {
        var (list, submissionIdColumn, fields) = type.NewItemOf(submission);
        return store.CreateOnceAsync(list, submissionIdColumn, submission.Id, fields, cancellationToken);
    }
}
