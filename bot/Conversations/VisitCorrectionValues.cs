using System.Globalization;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// A visit as the register holds it, as the values of the visit card's fields (the strings <see cref="VisitDraftParser"/>
/// reads back), so the correction form opens with what is stored. Costs take one row each; cost lines beyond the card's
/// rows, or ones a manager wrote without a readable amount, go into the one cost field of older cards, where the user
/// sees them and the parser reads them (or names the line it cannot read): none is dropped.
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
            [VisitFields.Organisations] = string.Join('\n', visit.Organisations),
            [VisitFields.Participants] = visit.Participants,
            [VisitFields.Purpose] = visit.Purpose,
            [VisitFields.Themes] = string.Join(',', visit.Themes),
            [VisitFields.DemocracyDialogue] = visit.DemocracyDialogue.ToString(),
            [VisitFields.DemocracyDialogueNote] = visit.DemocracyDialogueNote ?? string.Empty,
            [VisitFields.Outcomes] = visit.Outcomes ?? string.Empty,
        };

        var row = 0;
        var rest = new List<string>();
        foreach (var line in (storedCosts ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (row < VisitReportCard.CostSlots && CostLines.ParseLine(line) is { } cost)
            {
                row++;
                values[VisitFields.Cost(row, "Organisation")] = cost.Organisation;
                values[VisitFields.Cost(row, "Amount")] = cost.CostSek.ToString("0.##", CultureInfo.InvariantCulture);
            }
            else
            {
                rest.Add(line);
            }
        }

        if (rest.Count > 0)
        {
            values[VisitFields.Costs] = string.Join('\n', rest);
        }

        return values.Where(v => v.Value.Length > 0).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
