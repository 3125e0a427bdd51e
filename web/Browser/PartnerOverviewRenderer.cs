using System.Globalization;
using System.Text;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Reports.Charts;
using PartnershipTeams.Reports.Register;
using PartnershipTeams.Reports.Review;
using PartnershipTeams.Reports.Texts;

namespace PartnershipTeams.Web.Browser;

/// <summary>
/// A partner's page: the partnership, its plans, its goals (status as words), upcoming and past visits, overdue
/// follow-ups, and the review's charts — each with alt text and its numbers in a table beside it. Each list a page of
/// rows at a time (<see cref="SectionPages"/>): a partner with thousands of visits and activities is still a small page.
/// </summary>
public static class PartnerOverviewRenderer
{
    private static readonly BrowserTexts Texts = BrowserTexts.Register;

    public static string Render(ListItem partner, CellText cells, PartnerRegister register, ReviewContent review, string period, DateOnly today, SectionPages pages)
    {
        var name = register.Partner.Value.Title;
        var html = new StringBuilder();
        html.Append("<p><a href=\"/lists/Partners\">").Append(HtmlPage.Encode(PartnersList.Schema.TitleSv)).Append("</a></p>");
        html.Append("<h1>").Append(HtmlPage.Encode(name)).Append("</h1>");
        html.Append("<p>").Append(HtmlPage.Encode(Texts.OverviewIntro(period))).Append("</p>");
        html.Append("<p>").Append(HtmlTable.Link($"/reports/review?partner={partner.Id}", Texts.ReviewDownload))
            .Append(" · ").Append(HtmlTable.Link($"/reports/review?partner={partner.Id}&format=xlsx", Texts.ReviewTablesDownload)).Append("</p>");

        var facts = PartnersList.Schema.Columns.Where(c => c.Name != PartnersList.Title)
            .Select(c => (IReadOnlyList<string>)[HtmlPage.Encode(c.TitleSv), HtmlPage.EncodeLines(cells.Of(partner, c))]);
        html.Append(HtmlTable.Render(name, [Texts.FieldHeader, Texts.ValueHeader], facts));

        html.Append(pages.Section("plans", Texts.PlansHeading,
            [Texts.TitleColumn, Texts.DueColumn, ActionPlansList.Schema.FindColumn(ActionPlansList.Owner)!.TitleSv],
            register.Plans.OrderBy(p => p.Value.PeriodStart).ToList(), p => Row(
                HtmlTable.Link($"/lists/ActionPlans/{p.Id}", p.Value.Title),
                $"{Iso(p.Value.PeriodStart)} – {Iso(p.Value.PeriodEnd)}",
                HtmlPage.Encode(p.Value.Owner))));

        html.Append(pages.Section("goals", Texts.GoalsHeading,
            [Texts.TitleColumn, Texts.StatusColumn, $"{GoalsList.Schema.FindColumn(GoalsList.Current)!.TitleSv} / {GoalsList.Schema.FindColumn(GoalsList.Target)!.TitleSv}", GoalsList.Schema.FindColumn(GoalsList.NextReviewDue)!.TitleSv],
            register.Goals.OrderBy(g => g.Value.Title, StringComparer.Ordinal).ToList(), g => Row(
                HtmlTable.Link($"/lists/Goals/{g.Id}", g.Value.Title),
                HtmlPage.Encode(Texts.Domain.Label(g.Value.Status)),
                HtmlPage.Encode($"{Value(g.Value.IndicatorKind, g.Value.Current)} / {Value(g.Value.IndicatorKind, g.Value.Target)}"),
                g.Value.NextReviewDue is { } due ? Iso(due) : string.Empty)));

        var visits = register.Visits.OrderBy(v => v.Value.Start).ToList();
        string[] visitHeaders = [Texts.TitleColumn, Texts.DueColumn, VisitsList.Schema.FindColumn(VisitsList.Direction)!.TitleSv];
        html.Append(pages.Section("upcoming", Texts.UpcomingVisitsHeading, visitHeaders, visits.Where(v => v.Value.Start >= today).ToList(), VisitRow));
        html.Append(pages.Section("past", Texts.PastVisitsHeading, visitHeaders, visits.Where(v => v.Value.Start < today).Reverse().ToList(), VisitRow));

        html.Append(pages.Section("overdue", Texts.OverdueHeading,
            [Texts.TitleColumn, ActivitiesList.Schema.FindColumn(ActivitiesList.FollowUpDue)!.TitleSv, ActivitiesList.Schema.FindColumn(ActivitiesList.OwnerOrganisation)!.TitleSv],
            register.Activities.Where(a => a.Value.IsOverdueOn(today)).OrderBy(a => a.Value.FollowUpDue).ToList(), a => Row(
                HtmlTable.Link($"/lists/Activities/{a.Id}", a.Value.Title),
                a.Value.FollowUpDue is { } due ? Iso(due) : string.Empty,
                HtmlPage.Encode(a.Value.OwnerOrganisation))));

        html.Append("<h2>").Append(HtmlPage.Encode(Texts.ChartsHeading)).Append("</h2>");
        var texts = ReportTexts.For(BrowserTexts.Register.Culture);
        var blocks = review.Blocks;
        var chart = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not ChartBlock block)
            {
                continue;
            }

            html.Append("<div class=\"chart\">");
            html.Append(CultureInfo.InvariantCulture, $"<figure><img src=\"/lists/Partners/{partner.Id}/charts/{chart}.png\" alt=\"{HtmlPage.Encode(ChartAltText.Shorten(ChartAltText.Of(block.Chart, texts)))}\" width=\"600\" height=\"{ChartRenderer.HeightFor(block.Chart) / 2}\"><figcaption>{HtmlPage.Encode(block.Chart.Title)}</figcaption></figure>");
            if (i + 1 < blocks.Count && blocks[i + 1] is TableBlock numbers)
            {
                html.Append(HtmlTable.Render($"{Texts.ChartNumbers}: {block.Chart.Title}", numbers.Table.Headers,
                    numbers.Table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => HtmlPage.Encode(PartnershipTeams.Reports.Tables.CellText.Of(c, texts.Culture)))]), captionVisible: true));
            }

            html.Append("</div>");
            chart++;
        }

        return HtmlPage.Render(name, html.ToString(), PartnersList.Name);
    }

    /// <summary>The chart blocks of the review in the order the page shows them.</summary>
    public static IReadOnlyList<ChartBlock> Charts(ReviewContent review) => [.. review.Blocks.OfType<ChartBlock>()];

    private static string[] VisitRow(Stored<Visit> v) => Row(
        HtmlTable.Link($"/lists/Visits/{v.Id}", v.Value.Title),
        Iso(v.Value.Start),
        HtmlPage.Encode(Texts.Domain.Label(v.Value.Direction)));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Value(IndicatorKind kind, decimal? value) => value is { } v ? IndicatorValues.Format(kind, v) : "–";

    private static string[] Row(params string[] cells) => cells;
}
