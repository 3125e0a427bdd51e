using System.Globalization;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>The visit card's strings as a <see cref="VisitReportDraft"/>; what cannot be read becomes a problem on its field.</summary>
public static class VisitDraftParser
{
    public static (VisitReportDraft Draft, List<ValidationError> Problems) Parse(IReadOnlyDictionary<string, string> values)
    {
        var problems = new List<ValidationError>();
        string? Text(string field) => values.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        DateOnly? Date(string field)
        {
            var text = Text(field);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            problems.Add(new ValidationError(field, ValidationCode.InvalidDate));
            return null;
        }

        TEnum? Choice<TEnum>(string field)
            where TEnum : struct, Enum
        {
            var text = Text(field);
            if (text is null)
            {
                return null;
            }

            if (ChoiceValue.TryParse<TEnum>(text, out var value))
            {
                return value;
            }

            problems.Add(new ValidationError(field, ValidationCode.UnknownChoice));
            return null;
        }

        int? Count(string field)
        {
            var text = Text(field);
            if (text is null)
            {
                return null;
            }

            if (!SwedishNumber.TryParse(text, out var number))
            {
                problems.Add(new ValidationError(field, ValidationCode.InvalidNumber));
                return null;
            }

            if (decimal.Truncate(number) != number || number is < int.MinValue or > int.MaxValue)
            {
                problems.Add(new ValidationError(field, ValidationCode.NotWholeNumber));
                return null;
            }

            return (int)number;
        }

        var followUps = new List<FollowUpDraft>();
        for (var n = 1; n <= VisitReportCard.FollowUpSlots; n++)
        {
            var title = Text(VisitFields.FollowUp(n, "Title"));
            var owner = Text(VisitFields.FollowUp(n, "Owner"));
            var due = Date(VisitFields.FollowUp(n, "Due"));
            var theme = Choice<ThematicArea>(VisitFields.FollowUp(n, "Theme"));
            var organisation = Text(VisitFields.FollowUp(n, "Organisation"));
            if (title is not null || owner is not null || due is not null || organisation is not null)
            {
                followUps.Add(new FollowUpDraft(title, owner, due, theme, organisation, n));
            }
        }

        // Each row: an organisation that took part, and what it paid if the reporter gave it. A row with an amount and
        // no organisation is a cost, and the validator names the organisation missing.
        var organisations = new List<string>();
        var costs = new List<CostDraft>();
        for (var n = 1; n <= VisitReportCard.OrganisationSlots; n++)
        {
            var organisationField = VisitFields.Cost(n, "Organisation");
            var amountField = VisitFields.Cost(n, "Amount");
            var organisation = Text(organisationField);
            var amountText = Text(amountField);
            if (organisation is not null)
            {
                organisations.Add(organisation);
            }

            decimal? amount = null;
            if (amountText is not null)
            {
                if (SwedishNumber.TryParse(amountText, out var parsed))
                {
                    amount = parsed;
                }
                else
                {
                    problems.Add(new ValidationError(amountField, ValidationCode.InvalidNumber));
                    continue;
                }
            }

            if (amount is not null)
            {
                costs.Add(new CostDraft(organisationField, amountField, organisation, amount));
            }
        }

        costs.AddRange(CostsOfAnOlderCard(Text(VisitFields.Costs), problems));

        var draft = new VisitReportDraft
        {
            Title = Text(VisitFields.Title),
            PartnerId = int.TryParse(Text(VisitFields.Partner), NumberStyles.None, CultureInfo.InvariantCulture, out var partner) ? partner : null,
            Direction = Choice<VisitDirection>(VisitFields.Direction),
            Start = Date(VisitFields.Start),
            End = Date(VisitFields.End),
            Organisations = Distinct(organisations.Concat(Lines(Text(VisitFields.Organisations)))),
            Participants = Text(VisitFields.Participants),
            Purpose = Text(VisitFields.Purpose),
            Themes = Themes(Text(VisitFields.Themes), problems),
            DemocracyDialogue = Choice<DemocracyDialogue>(VisitFields.DemocracyDialogue),
            DemocracyDialogueNote = Text(VisitFields.DemocracyDialogueNote),
            GenderEquality = Choice<GenderEquality>(VisitFields.GenderEquality),
            GenderEqualityNote = Text(VisitFields.GenderEqualityNote),
            Women = Count(VisitFields.Women),
            Men = Count(VisitFields.Men),
            OtherOrNotStated = Count(VisitFields.OtherOrNotStated),
            Outcomes = Text(VisitFields.Outcomes),
            Costs = costs,
            FollowUps = followUps,
        };
        return (draft, problems);
    }

    /// <summary>Each organisation once, as first written (one typed in a row and again on a line is the same one).</summary>
    private static List<string> Distinct(IEnumerable<string> organisations) =>
        [.. organisations.DistinctBy(o => o.ToUpperInvariant())];

    private static List<string> Lines(string? text) =>
        text is null ? [] : [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>The checked themes (a multi-select sends them comma separated); one not on the card is a problem, not dropped.</summary>
    private static List<ThematicArea> Themes(string? text, List<ValidationError> problems)
    {
        var themes = new List<ThematicArea>();
        foreach (var key in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ChoiceValue.TryParse<ThematicArea>(key, out var area))
            {
                themes.Add(area);
            }
            else
            {
                problems.Add(new ValidationError(VisitFields.Themes, ValidationCode.UnknownChoice));
                break;
            }
        }

        return themes;
    }

    /// <summary>A card sent before costs had a row each: one "Organisation: belopp" per line; a line without a readable amount is a problem.</summary>
    private static List<CostDraft> CostsOfAnOlderCard(string? text, List<ValidationError> problems)
    {
        var costs = new List<CostDraft>();
        foreach (var line in Lines(text))
        {
            if (CostLines.ParseLine(line) is not { } cost)
            {
                problems.Add(new ValidationError(VisitFields.Costs, ValidationCode.InvalidNumber));
                break;
            }

            costs.Add(new CostDraft(VisitFields.Costs, VisitFields.Costs, cost.Organisation, cost.CostSek));
        }

        return costs;
    }
}
