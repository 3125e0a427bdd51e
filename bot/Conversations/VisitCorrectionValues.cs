using System.Globalization;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// A visit as the register holds it, as the values of the visit card's fields (the strings <see cref="VisitDraftParser"/>
/// reads back), so the correction form opens with what is stored. Each organisation takes a row, with its cost beside it
/// written the Swedish way ("12 500,50 kr"); a cost of an organisation not among them takes a row of its own. Organisations
/// beyond the card's rows go into its field of more organisations, and cost lines beyond them, or ones a manager wrote
/// without a readable amount, into the one cost field of older cards, where the user sees them and the parser reads them
/// (or names the line it cannot read): none is dropped.
/// </summary>
public static class VisitCorrectionValues
{
    public static Dictionary<string, string> Of(Visit visit, string? storedCosts)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [VisitFields.Title] = visit.Title,
            [VisitFields.Partner] = visit.PartnerId.ToString(CultureInfo.InvariantCulture),
            [VisitFields.Direction] = visit.Direction.ToString(),
            [VisitFields.Start] = Date(visit.Start),
            [VisitFields.End] = Date(visit.End),
            [VisitFields.Participants] = visit.Participants,
            [VisitFields.Purpose] = visit.Purpose,
            [VisitFields.Themes] = string.Join(',', visit.Themes),
            [VisitFields.DemocracyDialogue] = visit.DemocracyDialogue.ToString(),
            [VisitFields.DemocracyDialogueNote] = visit.DemocracyDialogueNote ?? string.Empty,
            [VisitFields.GenderEquality] = visit.GenderEquality?.ToString() ?? string.Empty,
            [VisitFields.GenderEqualityNote] = visit.GenderEqualityNote ?? string.Empty,
            [VisitFields.Women] = Count(visit.Composition?.Women),
            [VisitFields.Men] = Count(visit.Composition?.Men),
            [VisitFields.OtherOrNotStated] = Count(visit.Composition?.OtherOrNotStated),
            [VisitFields.Outcomes] = visit.Outcomes ?? string.Empty,
        };

        // The costs as stored, read line by line; each goes beside its organisation, or to a row of its own.
        var costs = new List<OrganisationCost>();
        var unread = new List<string>();
        foreach (var line in (storedCosts ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (CostLines.ParseLine(line) is { } cost)
            {
                costs.Add(cost);
            }
            else
            {
                unread.Add(line);
            }
        }

        var rows = new List<(string Organisation, OrganisationCost? Cost)>();
        foreach (var organisation in visit.Organisations)
        {
            var cost = costs.FirstOrDefault(c => string.Equals(c.Organisation, organisation, StringComparison.OrdinalIgnoreCase));
            if (cost is not null)
            {
                costs.Remove(cost);
            }

            rows.Add((organisation, cost));
        }

        rows.AddRange(costs.Select(c => (c.Organisation, (OrganisationCost?)c)));
        var more = new List<string>();
        var row = 0;
        foreach (var (organisation, cost) in rows)
        {
            if (row == VisitReportCard.OrganisationSlots)
            {
                // Past the rows: the organisation into the field of more, its cost into the older cost field.
                more.Add(organisation);
                if (cost is not null)
                {
                    unread.Add(CostLines.Format([cost]));
                }

                continue;
            }

            row++;
            values[VisitFields.Cost(row, "Organisation")] = organisation;
            if (cost is not null)
            {
                values[VisitFields.Cost(row, "Amount")] = Kronor.Format(cost.CostSek);
            }
        }

        if (more.Count > 0)
        {
            values[VisitFields.Organisations] = string.Join('\n', more);
        }

        if (unread.Count > 0)
        {
            values[VisitFields.Costs] = string.Join('\n', unread);
        }

        return values.Where(v => v.Value.Length > 0).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
    }

    private static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
