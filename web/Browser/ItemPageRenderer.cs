using System.Text;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Web.Browser;

/// <summary>
/// One item on its own page: every field with its Swedish title, lookups as links to the items they point at, and the
/// items of other lists that point here (a visit's follow-ups, a plan's activities and goals, a goal's updates), a page
/// of them at a time (<see cref="SectionPages"/>).
/// </summary>
public static class ItemPageRenderer
{
    private static readonly BrowserTexts Texts = BrowserTexts.Register;

    /// <summary>Items of another list that point at this one through one of its lookup columns.</summary>
    public sealed record Related(ListSchema Schema, ColumnDefinition Column, IReadOnlyList<ListItem> Items);

    public static string Render(ListSchema schema, ListItem item, CellText cells, IReadOnlyList<Related> related, SectionPages pages)
    {
        var title = item.Text("Title") is { Length: > 0 } t ? t : $"#{item.Id}";
        var html = new StringBuilder();
        html.Append("<p><a href=\"/lists/").Append(schema.Name).Append("\">").Append(HtmlPage.Encode(schema.TitleSv)).Append("</a></p>");
        html.Append("<h1>").Append(HtmlPage.Encode(title)).Append("</h1>");
        html.Append(ItemMarks.Notice(schema, item));
        var rows = schema.Columns.Select(c => (IReadOnlyList<string>)[HtmlPage.Encode(c.TitleSv), Value(item, c, cells)]);
        html.Append(HtmlTable.Render(Texts.ItemTitle(schema.TitleSv, title), [Texts.FieldHeader, Texts.ValueHeader], rows));
        if (related.Any(r => r.Items.Count > 0))
        {
            html.Append("<h2>").Append(HtmlPage.Encode(Texts.RelatedHeading)).Append("</h2>");
            foreach (var group in related.Where(r => r.Items.Count > 0))
            {
                var caption = $"{group.Schema.TitleSv} ({group.Column.TitleSv})";
                html.Append(pages.Section($"{group.Schema.Name}{group.Column.Name}", caption, [Texts.TitleColumn], group.Items,
                    i => [HtmlTable.Link($"/lists/{group.Schema.Name}/{i.Id}", i.Text("Title") ?? $"#{i.Id}")], level: 3));
            }
        }

        return HtmlPage.Render(Texts.ItemTitle(schema.TitleSv, title), html.ToString(), schema.Name);
    }

    private static string Value(ListItem item, ColumnDefinition column, CellText cells)
    {
        var text = cells.Of(item, column);
        return column.Type == ColumnType.Lookup && item.LookupId(column.Name) is { } id
            ? HtmlTable.Link($"/lists/{column.LookupList}/{id}", text)
            : HtmlPage.EncodeLines(text);
    }
}
