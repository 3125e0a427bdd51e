using System.Globalization;
using System.Text;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Web.Browser;

/// <summary>The filter form above a list (a GET form: every filtered view has its own address), with a label for every field.</summary>
public static class FilterForm
{
    private static readonly BrowserTexts Texts = BrowserTexts.Register;

    public static string Render(ListSchema schema, ListFilter filter, IReadOnlyList<(int Id, string Title)> partners, IReadOnlyList<int> years)
    {
        var fields = new StringBuilder();
        if (ListFilter.Supports(schema, "partner"))
        {
            fields.Append(Select("partner", Texts.FilterPartner, partners.Select(p => (p.Id.ToString(CultureInfo.InvariantCulture), p.Title)), filter.Partner?.ToString(CultureInfo.InvariantCulture)));
        }

        if (ListFilter.Supports(schema, "year"))
        {
            var shown = years.Union(filter.Year is { } y ? [y] : []).Order().Select(y => (y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture)));
            fields.Append(Select("year", Texts.FilterYear, shown, filter.Year?.ToString(CultureInfo.InvariantCulture)));
        }

        if (ListFilter.Supports(schema, "theme"))
        {
            fields.Append(Select("theme", Texts.FilterTheme, Enum.GetNames<ThematicArea>().Select(t => (t, Texts.Domain.Label(t))), filter.Theme));
        }

        if (ListFilter.Supports(schema, "status"))
        {
            fields.Append(Select("status", Texts.FilterStatus, schema.FindColumn("Status")!.Choices.Select(c => (c, Texts.Domain.Label(c))), filter.Status));
        }

        if (ListFilter.Supports(schema, "overdue"))
        {
            fields.Append(CultureInfo.InvariantCulture,
                $"<span class=\"field\"><input type=\"checkbox\" id=\"filter-overdue\" name=\"overdue\" value=\"1\"{(filter.Overdue ? " checked" : string.Empty)}><label for=\"filter-overdue\">{HtmlPage.Encode(Texts.FilterOverdue)}</label></span>");
        }

        if (ListFilter.Supports(schema, "withdrawn"))
        {
            fields.Append(CultureInfo.InvariantCulture,
                $"<span class=\"field\"><input type=\"checkbox\" id=\"filter-withdrawn\" name=\"withdrawn\" value=\"1\"{(filter.Withdrawn ? " checked" : string.Empty)}><label for=\"filter-withdrawn\">{HtmlPage.Encode(Texts.FilterWithdrawn)}</label></span>");
        }

        if (fields.Length == 0)
        {
            return string.Empty;
        }

        var clear = filter.IsEmpty ? string.Empty : $" <a href=\"/lists/{schema.Name}\">{HtmlPage.Encode(Texts.FilterClear)}</a>";
        return $"<form class=\"filters\" method=\"get\" action=\"/lists/{schema.Name}\" role=\"search\" aria-label=\"{HtmlPage.Encode(Texts.FilterLabel)}\">{fields}<button type=\"submit\">{HtmlPage.Encode(Texts.FilterApply)}</button>{clear}</form>";
    }

    private static string Select(string name, string label, IEnumerable<(string Value, string Title)> options, string? selected)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"field\"><label for=\"filter-{name}\">{HtmlPage.Encode(label)}</label><select id=\"filter-{name}\" name=\"{name}\"><option value=\"\">{HtmlPage.Encode(Texts.FilterAll)}</option>");
        foreach (var (value, title) in options)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{HtmlPage.Encode(value)}\"{(value == selected ? " selected" : string.Empty)}>{HtmlPage.Encode(title)}</option>");
        }

        return html.Append("</select></span>").ToString();
    }
}
