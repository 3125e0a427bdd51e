using System.Text.Json.Nodes;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Operations;

namespace PartnershipTeams.Bot.Reporting;

/// <summary>
/// A kind staff report through a form card of its own, described once (<see cref="ReportForm{T}"/>): the form its command
/// opens, how the submitted values read and are accepted, and the confirmation. The command, the submit and the
/// confirmation's refresh are the same for every such kind (<see cref="ReportCommand"/>, <see cref="ReportSubmitAction"/>,
/// <see cref="ReportConfirmation"/>, <see cref="ConfirmationRefreshAction"/>); <see cref="BotCommands"/> registers them.
/// </summary>
public interface IReportForm
{
    ISubmissionType Type { get; }

    /// <summary>The verb of the form's submit button.</summary>
    string SubmitVerb { get; }

    /// <summary>The verb of the confirmation's refresh.</summary>
    string RefreshVerb { get; }

    /// <summary>What the command shows: the empty form under a new submission id.</summary>
    Task OpenAsync(Turn turn, CancellationToken cancellationToken);

    /// <summary>
    /// The submitted form: accepted once under its submission id and answered with what was stored (a second submit of the
    /// same card finds the first), or null after showing the form again with the values kept and each problem named.
    /// </summary>
    Task<AcceptedSubmission?> AcceptAsync(Turn turn, SubmissionIntake intake, FormSubmission submission, CancellationToken cancellationToken);

    /// <summary>The confirmation of what was stored, with where it stands (<paramref name="status"/>).</summary>
    Task<JsonObject> ConfirmationAsync(Turn turn, AcceptedSubmission stored, string status, CancellationToken cancellationToken);
}
