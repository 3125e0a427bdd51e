using System.Globalization;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Web.Browser;

/// <summary>
/// What a manager must see about an item before its fields: a withdrawn visit is marked beside its title in the list
/// and said first on its page (its "Återkallad" column is far to the right, and its field deep down the page).
/// </summary>
public static class ItemMarks
{
    private static readonly BrowserTexts Texts = BrowserTexts.Register;

    /// <summary>The mark beside the item's title in a list, as HTML, or empty.</summary>
    public static string Badge(ListSchema schema, ListItem item) =>
        IsWithdrawnVisit(schema, item) ? $" <span class=\"badge\">{HtmlPage.Encode(Texts.WithdrawnMark)}</span>" : string.Empty;

    /// <summary>What the item's page says under its heading, as HTML, or empty.</summary>
    public static string Notice(ListSchema schema, ListItem item)
    {
        if (!IsWithdrawnVisit(schema, item))
        {
            return string.Empty;
        }

        var when = item.Instant(VisitsList.WithdrawnAt) is { } at ? BusinessTimeZone.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "–";
        return $"<p class=\"notice\" role=\"note\"><span class=\"badge\">{HtmlPage.Encode(Texts.WithdrawnMark)}</span> {HtmlPage.Encode(Texts.WithdrawnNotice(when))}</p>";
    }

    public static bool IsWithdrawnVisit(ListSchema schema, ListItem item) => schema.Name == VisitsList.Name && VisitsList.IsWithdrawn(item);
}
