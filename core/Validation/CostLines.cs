using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Core.Validation;

/// <summary>
/// Costs per organisation as one line each, "Organisation: 12 500 kr", so managers can read and edit
/// them in a SharePoint multi-line column and the product can read them back.
/// </summary>
public static class CostLines
{
    public static string Format(IEnumerable<OrganisationCost> costs) =>
        string.Join('\n', costs.Select(c => $"{c.Organisation.Trim()}: {Kronor.Format(c.CostSek)}"));

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
            if (ParseLine(line) is { } cost)
            {
                costs.Add(cost);
            }
        }

        return costs;
    }

    /// <summary>One line, "Organisation: amount" with the amount written the Swedish way ("1 200,50 kr", "1200:-").</summary>
    public static OrganisationCost? ParseLine(string line)
    {
        // The amount follows the last colon that leaves a readable amount ("Org: 1200:-" ends in a colon too).
        for (var colon = line.LastIndexOf(':'); colon > 0; colon = line.LastIndexOf(':', colon - 1))
        {
            if (SwedishNumber.TryParse(line[(colon + 1)..], out var amount))
            {
                return new OrganisationCost(line[..colon].Trim(), amount);
            }
        }

        return null;
    }
}
