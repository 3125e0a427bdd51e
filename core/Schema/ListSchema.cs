using System.Text.RegularExpressions;

namespace PartnershipTeams.Core.Schema;

/// <summary>A list's name, titles and columns: provisioned alike into SharePoint and the embedded store.</summary>
public sealed partial record ListSchema
{
    public ListSchema(string name, string titleSv, string titleEn, IReadOnlyList<ColumnDefinition> columns)
    {
        if (!SafeName().IsMatch(name))
        {
            throw new ArgumentException($"List name '{name}' must be letters and digits, starting with a letter.", nameof(name));
        }

        var bad = columns.FirstOrDefault(c => !SafeName().IsMatch(c.Name));
        if (bad is not null)
        {
            throw new ArgumentException($"Column name '{bad.Name}' in list '{name}' must be letters and digits, starting with a letter.", nameof(columns));
        }

        var duplicate = columns.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Column '{duplicate.Key}' appears twice in list '{name}'.", nameof(columns));
        }

        Name = name;
        TitleSv = titleSv;
        TitleEn = titleEn;
        Columns = columns;
    }

    public string Name { get; }

    public string TitleSv { get; }

    public string TitleEn { get; }

    public IReadOnlyList<ColumnDefinition> Columns { get; }

    /// <summary>
    /// The date column whose year the register page's year filter matches (when a visit started, an activity began, a
    /// plan started, a goal is next reviewed, an update was reported, a review is due); null: the list has no year filter.
    /// </summary>
    public string? YearColumn { get; init; }

    public ColumnDefinition? FindColumn(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex SafeName();
}
