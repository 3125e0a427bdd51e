using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Application.Submissions;

/// <summary>A writer of submissions of one <see cref="SubmissionType{T}"/>, given their payload.</summary>
public abstract class SubmissionWriter<T>(SubmissionType<T> type) : ISubmissionWriter
    where T : class
{
    public ISubmissionType Type => type;

    public Task WriteAsync(AcceptedSubmission submission, CancellationToken cancellationToken) => WriteAsync(type.PayloadOf(submission), cancellationToken);

    public abstract Task WriteAsync(T payload, CancellationToken cancellationToken);
}
