using System.Text.RegularExpressions;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Infra.Tests;

/// <summary>
/// docs/DATA-INVENTORY.md, what the municipality is told the register keeps about people, names every column the
/// lists' schemas declare as personal data (and the retention run culls), in the rows of its own list.
/// </summary>
public sealed partial class DataInventoryTests
{
    [Fact]
    public void EveryColumnHoldingPersonalData_IsNamedInItsListsRowsOfTheInventory()
    {
        var rows = RowsByList(File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "DATA-INVENTORY.md")));

        var unnamed = PartnershipLists.All
            .SelectMany(schema => schema.Columns.Where(c => c.PersonalData is not null).Select(c => (List: schema.Name, Column: c.Name)))
            .Where(d => !rows.TryGetValue(d.List, out var text) || !text.Contains($"`{d.Column}`", StringComparison.Ordinal))
            .Select(d => $"{d.List}.{d.Column}")
            .ToList();

        Assert.Empty(unnamed);
        Assert.NotEmpty(rows);
    }

    /// <summary>A table row "| Visits (Besök …) | … |" starts a list's rows; a row with an empty first cell continues them.</summary>
    private static Dictionary<string, string> RowsByList(IEnumerable<string> lines)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        string? list = null;
        foreach (var cells in lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|')))
        {
            if (ListName().Match(cells[1].Trim()) is { Success: true } name)
            {
                list = name.Groups[1].Value;
            }
            else if (cells[1].Trim().Length > 0)
            {
                list = null;
            }

            if (list is not null)
            {
                rows[list] = rows.GetValueOrDefault(list, string.Empty) + string.Join('|', cells.Skip(2));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^([A-Z][A-Za-z]+)(?: \(|$)")]
    private static partial Regex ListName();
}
