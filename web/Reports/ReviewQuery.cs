using System.Globalization;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Web.Browser;

namespace PartnershipTeams.Web.Reports;

/// <summary>The review asked for in a URL: partner (id or name), from/to (yyyy-MM-dd, optional), lang (sv/en), format (docx/xlsx).</summary>
public sealed record ReviewQuery(string Partner, DateOnly? From, DateOnly? To, CultureInfo Culture, bool Workbook)
{
    /// <summary>The query, or the reason it cannot be one (in Swedish, for the person who typed the URL).</summary>
    public static (ReviewQuery? Query, string? Problem) Parse(string? partner, string? from, string? to, string? lang, string? format, BrowserTexts texts)
    {
        if (string.IsNullOrWhiteSpace(partner))
        {
            return (null, texts.ReportPartnerMissing);
        }

        if (!TryDate(from, out var start) || !TryDate(to, out var end))
        {
            return (null, texts.ReportBadDate);
        }

        if (start > end)
        {
            return (null, texts.ReportPeriodReversed);
        }

        var culture = string.IsNullOrEmpty(lang) ? Languages.Swedish : Languages.Find(lang);
        if (culture is null)
        {
            return (null, texts.ReportBadLanguage);
        }

        return format switch
        {
            null or "" or "docx" => (new ReviewQuery(partner.Trim(), start, end, culture, Workbook: false), null),
            "xlsx" => (new ReviewQuery(partner.Trim(), start, end, culture, Workbook: true), null),
            _ => (null, texts.ReportBadFormat),
        };
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }
}
