using System.Globalization;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Web.Browser;

/// <summary>Which column to sort by, which way, and which page: parsed from the query string, or the problem with it.</summary>
public sealed record ListPageRequest(ColumnDefinition? SortColumn, bool Descending, int Page, string? Problem)
{
    public const int PageSize = 100;

    public static ListPageRequest Parse(ListSchema schema, string? sort, string? dir, string? page)
    {
        ColumnDefinition? column = null;
        if (!string.IsNullOrEmpty(sort) && !string.Equals(sort, "Id", StringComparison.OrdinalIgnoreCase))
        {
            column = schema.FindColumn(sort);
            if (column is null)
            {
                return Invalid(BrowserTexts.Register.UnknownSortColumn(sort));
            }
        }

        if (dir is not (null or "" or "asc" or "desc"))
        {
            return Invalid(BrowserTexts.Register.InvalidSortOrder);
        }

        var number = 1;
        if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return Invalid(BrowserTexts.Register.InvalidPage);
        }

        return new ListPageRequest(column, dir == "desc", number, null);
    }

    private static ListPageRequest Invalid(string problem) => new(null, false, 1, problem);
}
