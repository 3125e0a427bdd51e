using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Core.Validation;

/// <summary>
/// Checks a visit report against the rules of the register and, if it passes, makes it a <see cref="Visit"/>:
/// only a report whose every list item fits the register (<see cref="RegisterFit"/>) is valid.
/// </summary>
public static class VisitReportValidator
{
    public static ValidationResult<Visit> Validate(
        VisitReportDraft draft,
        IReadOnlySet<int> knownPartnerIds,
        string reportedByEmail,
        DateTimeOffset reportedAt,
        string submissionId,
        RegisterBounds? bounds = null)
    {
        var errors = new List<ValidationError>();
        var schema = VisitsList.Schema;
        var limits = new Limits(bounds ?? RegisterBounds.Default, BusinessTimeZone.DateOf(reportedAt));

        FieldChecks.Required(errors, VisitFields.Title, draft.Title);
        FieldChecks.FitsColumn(errors, VisitFields.Title, schema, VisitsList.Title, draft.Title);
        CheckPartner(errors, draft.PartnerId, knownPartnerIds);
        FieldChecks.Required(errors, VisitFields.Direction, draft.Direction);
        CheckDates(errors, draft.Start, draft.End, limits);
        FieldChecks.FitsColumn(errors, VisitFields.Organisations, schema, VisitsList.Organisations, Lines(draft.Organisations));
        FieldChecks.FitsColumn(errors, VisitFields.Participants, schema, VisitsList.Participants, draft.Participants);
        FieldChecks.Required(errors, VisitFields.Purpose, draft.Purpose);
        FieldChecks.FitsColumn(errors, VisitFields.Purpose, schema, VisitsList.Purpose, draft.Purpose);
        if (draft.Themes.Count == 0)
        {
            errors.Add(new ValidationError(VisitFields.Themes, ValidationCode.Required));
        }

        CheckDemocracyDialogue(errors, draft);
        CheckGenderEquality(errors, draft);
        var composition = CheckComposition(errors, draft);
        FieldChecks.FitsColumn(errors, VisitFields.Outcomes, schema, VisitsList.Outcomes, draft.Outcomes);
        var costs = CheckCosts(errors, draft.Costs, limits);
        var followUps = CheckFollowUps(errors, draft, limits);

        if (errors.Count > 0)
        {
            return ValidationResult.Invalid<Visit>(errors);
        }

        var visit = new Visit(
            draft.Title!.Trim(),
            draft.PartnerId!.Value,
            draft.Direction!.Value,
            draft.Start!.Value,
            draft.End!.Value,
            draft.Organisations,
            draft.Participants?.Trim() ?? string.Empty,
            draft.Purpose!.Trim(),
            draft.Themes.Distinct().ToArray(),
            draft.DemocracyDialogue!.Value,
            draft.DemocracyDialogueNote?.Trim(),
            draft.Outcomes?.Trim(),
            costs,
            followUps,
            reportedByEmail,
            reportedAt,
            submissionId,
            draft.GenderEquality!.Value,
            draft.GenderEqualityNote?.Trim(),
            composition);
        var unfit = RegisterFit.Of(visit).Distinct().ToList();
        return unfit.Count > 0 ? ValidationResult.Invalid<Visit>(unfit) : ValidationResult.Valid(visit);
    }

    private static void CheckPartner(List<ValidationError> errors, int? partnerId, IReadOnlySet<int> known)
    {
        if (partnerId is null)
        {
            errors.Add(new ValidationError(VisitFields.Partner, ValidationCode.Required));
        }
        else if (!known.Contains(partnerId.Value))
        {
            errors.Add(new ValidationError(VisitFields.Partner, ValidationCode.UnknownPartner));
        }
    }

    private static void CheckDates(List<ValidationError> errors, DateOnly? start, DateOnly? end, Limits limits)
    {
        FieldChecks.Required(errors, VisitFields.Start, start);
        FieldChecks.Required(errors, VisitFields.End, end);
        limits.CheckDate(errors, VisitFields.Start, start);
        limits.CheckDate(errors, VisitFields.End, end);
        if (start is not null && end is not null && end < start)
        {
            errors.Add(new ValidationError(VisitFields.End, ValidationCode.EndBeforeStart));
        }
    }

    private static void CheckDemocracyDialogue(List<ValidationError> errors, VisitReportDraft draft)
    {
        FieldChecks.Required(errors, VisitFields.DemocracyDialogue, draft.DemocracyDialogue);

        // The policy asks the report to say how democracy and human rights were presented, not only that they were.
        if (draft.DemocracyDialogue == DemocracyDialogue.Yes)
        {
            FieldChecks.Required(errors, VisitFields.DemocracyDialogueNote, draft.DemocracyDialogueNote);
        }

        FieldChecks.FitsColumn(errors, VisitFields.DemocracyDialogueNote, VisitsList.Schema, VisitsList.DemocracyDialogueNote, draft.DemocracyDialogueNote);
    }

    /// <summary>
    /// The strategy's first principle has two halves: democracy, and gender equality (jämställdhet), "beaktas" in every
    /// exchange. Asked as the democracy question is: required, and how, when the answer is yes.
    /// </summary>
    private static void CheckGenderEquality(List<ValidationError> errors, VisitReportDraft draft)
    {
        FieldChecks.Required(errors, VisitFields.GenderEquality, draft.GenderEquality);
        if (draft.GenderEquality == GenderEquality.Yes)
        {
            FieldChecks.Required(errors, VisitFields.GenderEqualityNote, draft.GenderEqualityNote);
        }

        FieldChecks.FitsColumn(errors, VisitFields.GenderEqualityNote, VisitsList.Schema, VisitsList.GenderEqualityNote, draft.GenderEqualityNote);
    }

    /// <summary>The delegation's counts, each optional: none below zero, none past what any delegation is.</summary>
    private static DelegationComposition? CheckComposition(List<ValidationError> errors, VisitReportDraft draft)
    {
        foreach (var (field, count) in new[] { (VisitFields.Women, draft.Women), (VisitFields.Men, draft.Men), (VisitFields.OtherOrNotStated, draft.OtherOrNotStated) })
        {
            if (count is < 0 or > RegisterBounds.MaxDelegationCount)
            {
                errors.Add(new ValidationError(field, ValidationCode.ValueOutOfRange, Detail: string.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), $"0–{RegisterBounds.MaxDelegationCount:#,0}")));
            }
        }

        var composition = new DelegationComposition(draft.Women, draft.Men, draft.OtherOrNotStated);
        return composition.IsEmpty ? null : composition;
    }

    /// <summary>Each row: an organisation and its amount, both or neither; no negative amount, none above the ceiling.</summary>
    private static List<OrganisationCost> CheckCosts(List<ValidationError> errors, IReadOnlyList<CostDraft> rows, Limits limits)
    {
        var costs = new List<OrganisationCost>();
        foreach (var row in rows)
        {
            var before = errors.Count;
            FieldChecks.Required(errors, row.OrganisationField, row.Organisation);
            FieldChecks.FitsLength(errors, row.OrganisationField, ColumnDefinition.TextLimit, row.Organisation);
            FieldChecks.Required(errors, row.AmountField, row.Amount);
            if (row.Amount < 0)
            {
                errors.Add(new ValidationError(row.AmountField, ValidationCode.NegativeCost));
            }
            else if (row.Amount > limits.Bounds.MaxCostPerOrganisationSek)
            {
                errors.Add(new ValidationError(row.AmountField, ValidationCode.AmountTooLarge, Detail: Kronor.Format(limits.Bounds.MaxCostPerOrganisationSek)));
            }

            if (errors.Count == before)
            {
                costs.Add(new OrganisationCost(row.Organisation!.Trim(), decimal.Round(row.Amount!.Value, 2, MidpointRounding.AwayFromZero)));
            }
        }

        return costs;
    }

    private static List<FollowUpAction> CheckFollowUps(List<ValidationError> errors, VisitReportDraft draft, Limits limits)
    {
        var actions = new List<FollowUpAction>();
        for (var i = 0; i < draft.FollowUps.Count; i++)
        {
            var followUp = draft.FollowUps[i];
            var number = followUp.Slot ?? i + 1;
            var before = errors.Count;
            FieldChecks.Required(errors, VisitFields.FollowUp(number, "Title"), followUp.Title);
            FieldChecks.FitsLength(errors, VisitFields.FollowUp(number, "Title"), ColumnDefinition.TextLimit, followUp.Title);
            FieldChecks.Email(errors, VisitFields.FollowUp(number, "Owner"), followUp.OwnerEmail);
            FieldChecks.Required(errors, VisitFields.FollowUp(number, "Due"), followUp.Due);
            limits.CheckDate(errors, VisitFields.FollowUp(number, "Due"), followUp.Due);

            // The follow-up becomes an activity from the visit's end to its due date, so it cannot end before the visit does.
            if (followUp.Due is { } due && (draft.End ?? draft.Start) is { } visitEnd && due < visitEnd)
            {
                errors.Add(new ValidationError(VisitFields.FollowUp(number, "Due"), ValidationCode.DueBeforeVisit));
            }

            // Theme and organisation as chosen on the card, else the visit's first (the confirmation shows which).
            FieldChecks.FitsLength(errors, VisitFields.FollowUp(number, "Organisation"), ColumnDefinition.TextLimit, followUp.Organisation);
            if (errors.Count == before)
            {
                var theme = followUp.Theme ?? (draft.Themes.Count > 0 ? draft.Themes[0] : ThematicArea.BusinessAndTrade);
                var organisation = followUp.Organisation?.Trim() ?? (draft.Organisations.Count > 0 ? draft.Organisations[0] : string.Empty);
                actions.Add(new FollowUpAction(followUp.Title!.Trim(), followUp.OwnerEmail!, followUp.Due!.Value, theme, organisation));
            }
        }

        return actions;
    }

    private static string Lines(IReadOnlyList<string> values) => string.Join('\n', values);

    /// <summary>The bounds of this report: the register's ranges around the day it was reported.</summary>
    private sealed record Limits(RegisterBounds Bounds, DateOnly Today)
    {
        public void CheckDate(List<ValidationError> errors, string field, DateOnly? date)
        {
            if (Bounds.CheckDate(field, date, Today) is { } outOfRange)
            {
                errors.Add(outOfRange);
            }
        }
    }
}
