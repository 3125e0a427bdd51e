using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Confirmations;

/// <summary>A withdrawal: the reporter's listing of their visits, saying the withdrawal was received (or what became of it).</summary>
public sealed class VisitWithdrawalConfirmation(MyVisitsView view) : ISubmissionConfirmation
{
    public ISubmissionType Type => SubmissionTypes.VisitWithdrawal;

    public Task<JsonObject> CardAsync(Turn turn, AcceptedSubmission stored, string status, CancellationToken cancellationToken) =>
        view.CardAsync(turn.Texts, stored.ReportedBy, Notice(turn, stored), cancellationToken, noticeIsAProblem: stored.Status != SubmissionStatus.Pending);

    /// <summary>The one withdrawal a visit has may have been tried already: set aside, or applied and then undone by a manager.</summary>
    public static string Notice(Turn turn, AcceptedSubmission stored) => stored.Status switch
    {
        SubmissionStatus.Poison => turn.Texts.SubmissionPoison,
        SubmissionStatus.Written => turn.Texts.WithdrawalUndoneInRegister,
        _ => turn.Texts.WithdrawalReceived(stored.Title),
    };
}
