using System.Globalization;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Web.Browser;

/// <summary>
/// The filters of a list page: partner, year, thematic area, status, overdue — each only where the list has the
/// column it needs — and, for visits, whether the withdrawn ones are shown (they are not, unless asked). Parsed from
/// the query string (a value that does not fit is a problem shown to the user, not ignored) and applied in memory to
/// the items read.
/// </summary>
public sealed record ListFilter(int? Partner, int? Year, string? Theme, string? Status, bool Overdue, bool Withdrawn = false)
{
    public static ListFilter None { get; } = new(null, null, null, null, false);

    public bool IsEmpty => this == None;

    /// <summary>The filter as a query string ("partner=1&amp;year=2016"), to carry into sort, page and export links.</summary>
    public string Query => string.Join("&", new[]
    {
        Partner is { } p ? $"partner={p.ToString(CultureInfo.InvariantCulture)}" : null,
        Year is { } y ? $"year={y.ToString(CultureInfo.InvariantCulture)}" : null,
        Theme is { } t ? $"theme={Uri.EscapeDataString(t)}" : null,
        Status is { } s ? $"status={Uri.EscapeDataString(s)}" : null,
        Overdue ? "overdue=1" : null,
        Withdrawn ? "withdrawn=1" : null,
    }.Where(q => q is not null));

    public static (ListFilter? Filter, string? Problem) Parse(ListSchema schema, string? partner, string? year, string? theme, string? status, string? overdue, string? withdrawn = null)
    {
        var texts = BrowserTexts.Register;
        int? partnerId = null;
        if (!string.IsNullOrEmpty(partner))
        {
            if (!Supports(schema, "partner") || !int.TryParse(partner, NumberStyles.None, CultureInfo.InvariantCulture, out var p))
            {
                return (null, texts.FilterInvalid(texts.FilterPartner));
            }

            partnerId = p;
        }

        int? yearNumber = null;
        if (!string.IsNullOrEmpty(year))
        {
            if (YearColumn(schema) is null || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 2200)
            {
                return (null, texts.FilterInvalid(texts.FilterYear));
            }

            yearNumber = y;
        }

        if (!string.IsNullOrEmpty(theme) && (ThemeColumn(schema) is null || !Enum.TryParse<ThematicArea>(theme, out _) || int.TryParse(theme, out _)))
        {
            return (null, texts.FilterInvalid(texts.FilterTheme));
        }

        if (!string.IsNullOrEmpty(status) && (schema.FindColumn("Status") is not { Type: ColumnType.Choice } statusColumn || !statusColumn.Choices.Contains(status, StringComparer.Ordinal)))
        {
            return (null, texts.FilterInvalid(texts.FilterStatus));
        }

        if (!string.IsNullOrEmpty(overdue) && (schema.Name != ActivitiesList.Name || overdue is not ("1" or "true")))
        {
            return (null, texts.FilterInvalid(texts.FilterOverdue));
        }

        if (!string.IsNullOrEmpty(withdrawn) && (!Supports(schema, "withdrawn") || withdrawn is not ("1" or "true")))
        {
            return (null, texts.FilterInvalid(texts.FilterWithdrawn));
        }

        return (new ListFilter(partnerId, yearNumber, NullIfEmpty(theme), NullIfEmpty(status), !string.IsNullOrEmpty(overdue), !string.IsNullOrEmpty(withdrawn)), null);
    }

    /// <summary>Items that pass every filter; goals belong to a partner through their action plan (<paramref name="planPartners"/>).</summary>
    public IReadOnlyList<ListItem> Apply(ListSchema schema, IReadOnlyList<ListItem> items, IReadOnlyDictionary<int, int> planPartners, DateOnly today)
    {
        if (IsEmpty && !Supports(schema, "withdrawn"))
        {
            return items;
        }

        var yearColumn = YearColumn(schema);
        var themeColumn = ThemeColumn(schema);
        return [.. items.Where(item =>
            (Partner is not { } partner || PartnerOf(schema, item, planPartners) == partner)
            && (Year is not { } year || YearOf(item, yearColumn!) == year)
            && (Theme is not { } theme || HasTheme(item, themeColumn!, Enum.Parse<ThematicArea>(theme)))
            && (Status is not { } status || item.Text("Status") == status)
            && (!Overdue || IsOverdue(item, today))
            && (Withdrawn || !ItemMarks.IsWithdrawnVisit(schema, item)))];
    }

    /// <summary>Which filters a list offers.</summary>
    public static bool Supports(ListSchema schema, string filter) => filter switch
    {
        "partner" => schema.FindColumn("Partner") is { Type: ColumnType.Lookup } || schema.Name == GoalsList.Name,
        "year" => YearColumn(schema) is not null,
        "theme" => ThemeColumn(schema) is not null,
        "status" => schema.FindColumn("Status") is { Type: ColumnType.Choice },
        "overdue" => schema.Name == ActivitiesList.Name,
        "withdrawn" => schema.Name == VisitsList.Name,
        _ => false,
    };

    /// <summary>The date a list's year filter reads, as its schema names it.</summary>
    public static ColumnDefinition? YearColumn(ListSchema schema) =>
        schema.YearColumn is { } name ? schema.FindColumn(name) : null;

    public static ColumnDefinition? ThemeColumn(ListSchema schema) =>
        schema.FindColumn("Theme") ?? schema.FindColumn("Themes");

    /// <summary>
    /// Overdue by the activity's own rule (<see cref="Activity.IsOverdueOn"/>) on the day, not by its IsOverdue column, which
    /// the sync keeps for SharePoint's views and may lag a day; only an item that does not read as an activity falls back on it.
    /// </summary>
    public static bool IsOverdue(ListItem activity, DateOnly today) =>
        ActivitiesList.Read(activity) is { } read ? read.IsOverdueOn(today) : activity.Flag(ActivitiesList.IsOverdue) == true;

    /// <summary>The theme column holds one area (Activities, Goals) or several (Visits), stored as the register's words.</summary>
    private static bool HasTheme(ListItem item, ColumnDefinition column, ThematicArea theme) =>
        column.Type == ColumnType.MultiChoice
            ? item.Choices(column.Name).Any(stored => RegisterWords.TryRead<ThematicArea>(stored, out var area) && area == theme)
            : item.Choice<ThematicArea>(column.Name) == theme;

    private static int? PartnerOf(ListSchema schema, ListItem item, IReadOnlyDictionary<int, int> planPartners) =>
        schema.Name == GoalsList.Name
            ? item.LookupId(GoalsList.ActionPlan) is { } plan && planPartners.TryGetValue(plan, out var partner) ? partner : null
            : item.LookupId("Partner");

    private static int? YearOf(ListItem item, ColumnDefinition column) =>
        item.Date(column.Name)?.Year ?? (item.Instant(column.Name) is { } at ? BusinessTimeZone.DateOf(at).Year : null);

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
