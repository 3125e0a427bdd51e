using System.Globalization;
using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Validation;

/// <summary>
/// Costs per organisation as one line each, "Organisation: 12500", so managers can read and edit
/// them in a SharePoint multi-line column and the product can read them back.
/// </summary>
public static class CostLines
{
    public static string Format(IEnumerable<OrganisationCost> costs) =>
        string.Join('\n', costs.Select(c => $"{c.Organisation.Trim()}: {c.CostSek.ToString("0.##", CultureInfo.InvariantCulture)}"));

    /// <summary>Reads lines back; a line without a readable amount is skipped, never guessed.</summary>
    public static IReadOnlyList<OrganisationCost> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var costs = new List<OrganisationCost>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.LastIndexOf(':');
            if (colon > 0 && decimal.TryParse(line[(colon + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                costs.Add(new OrganisationCost(line[..colon].Trim(), amount));
            }
        }

        return costs;
    }
}
