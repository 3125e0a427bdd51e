using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Reporting;

/// <summary>"rapportera besök" / "report visit": the visit report form over the register's partner cities, and the visit as the register gets it.</summary>
public sealed class VisitReport(PartnerChoices partners) : ReportForm<Visit>(SubmissionTypes.VisitReport)
{
    public override string SubmitVerb => VisitReportCard.SubmitVerb;

    /// <summary>Also the refresh of a correction's confirmation (the same card): the one refresh serves both, by what was stored.</summary>
    public override string RefreshVerb => VisitConfirmationCard.RefreshVerb;

    protected override async Task<JsonObject> FormAsync(Turn turn, string submissionId, IReadOnlyDictionary<string, string> values, IReadOnlyList<ValidationError> errors, CancellationToken cancellationToken) =>
        VisitReportCard.Build(turn.Texts, await partners.LoadAsync(cancellationToken), submissionId, values, errors);

    protected override async Task<(ValidationResult<Visit> Result, string Title)> ReadAsync(Turn turn, FormSubmission submission, CancellationToken cancellationToken)
    {
        var (draft, problems) = VisitDraftParser.Parse(submission.Values);
        var known = (await partners.LoadAsync(cancellationToken)).Select(p => p.Id).ToHashSet();
        var result = VisitReportValidator.Validate(draft, known, submission.Reporter, submission.At, submission.SubmissionId);
        var errors = FormReader.UnreadableFirst(problems, result.Errors);
        return (errors.Count > 0 ? ValidationResult.Invalid<Visit>(errors) : result, result.Value?.Title ?? string.Empty);
    }

    protected override async Task<JsonObject> ConfirmationAsync(Turn turn, AcceptedSubmission stored, Visit visit, string status, CancellationToken cancellationToken)
    {
        var partner = (await partners.LoadAsync(cancellationToken)).FirstOrDefault(p => p.Id == visit.PartnerId).Title ?? "–";
        return VisitConfirmationCard.Build(turn.Texts, visit, partner, status);
    }
}
