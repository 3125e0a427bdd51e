using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Reporting;

/// <summary>The confirmation of a kind reported through a form, as the form describes it.</summary>
public sealed class ReportConfirmation(IReportForm form) : ISubmissionConfirmation
{
    public ISubmissionType Type => form.Type;

    public Task<JsonObject> CardAsync(Turn turn, AcceptedSubmission stored, string status, CancellationToken cancellationToken) =>
        form.ConfirmationAsync(turn, stored, status, cancellationToken);
}
