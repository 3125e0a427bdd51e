using System.Globalization;
using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Retention;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Web.Browser;

namespace PartnershipTeams.Web.Legal;

/// <summary>
/// GET /privacy and /terms, the pages the Teams app manifest names: in Swedish, then in English, for anyone (Teams shows
/// them before install). Under the Functions host they are the HTTP functions "privacy" and "terms", at /api/privacy and
/// /api/terms (where the manifest points); standalone the app answers both paths. The privacy page states the retention
/// periods the app is configured with, so it says what the retention job does.
/// </summary>
public static class LegalPages
{
    public const string PrivacyRoute = "api/privacy";
    public const string TermsRoute = "api/terms";

    public static IEndpointRouteBuilder MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        foreach (var path in new[] { "/privacy", "/" + PrivacyRoute })
        {
            endpoints.MapGet(path, (HttpRequest request) => PrivacyPage(request));
        }

        foreach (var path in new[] { "/terms", "/" + TermsRoute })
        {
            endpoints.MapGet(path, (HttpRequest request) => TermsPage(request));
        }

        return endpoints;
    }

    /// <summary>The privacy page, with the retention periods this app runs with.</summary>
    public static IResult PrivacyPage(HttpRequest request) => Html(t => t.PrivacyTitle, Privacy, RetentionOf(request));

    public static IResult TermsPage(HttpRequest request) => Html(t => t.TermsTitle, Terms, RetentionOf(request));

    private static RetentionOptions RetentionOf(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<RetentionOptions>>().Value;

    private static IResult Html(Func<LegalTexts, string> title, Func<LegalTexts, RetentionOptions, string> section, RetentionOptions retention)
    {
        var languages = Languages.Supported.Select(LegalTexts.For).ToList();
        var nav = string.Join(" · ", languages.Select(t => $"<a href=\"#{Lang(t)}\" lang=\"{Lang(t)}\">{HtmlPage.Encode(t.LanguageName)}</a>"));
        var body = string.Concat(languages.Select(t => $"<section id=\"{Lang(t)}\" lang=\"{Lang(t)}\">{section(t, retention)}</section>"));
        var page = $"""
            <!DOCTYPE html>
            <html lang="{Lang(languages[0])}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{HtmlPage.Encode(title(languages[0]))}</title>
            <style>body{"{"}font-family:"Segoe UI",system-ui,sans-serif;margin:0 auto;max-width:46em;padding:16px 24px;color:#242424;line-height:1.5{"}"} section{"{"}border-top:1px solid #e0e0e0;margin-top:24px{"}"} a{"{"}color:#464775{"}"}</style></head>
            <body><nav>{nav}</nav>{body}</body>
            </html>
            """;
        return Results.Content(page, "text/html; charset=utf-8");
    }

    /// <summary>The privacy text in one language.</summary>
    private static string Privacy(LegalTexts t, RetentionOptions r) => $"""
        <h1>{E(t.PrivacyTitle)}</h1>
        <p>{E(t.PrivacyIntro)}</p>
        <h2>{E(t.RegisterHeading)}</h2>
        <ul><li>{E(t.RegisterVisits(t.Removal(r.VisitParticipants, t.AfterVisitEnded)))}</li>
        <li>{E(t.RegisterReporters(t.Removal(r.ReporterEmails, t.AfterReport)))}</li>
        <li>{E(t.RegisterContacts(t.Removal(r.ContactDetails, t.AfterLastContact)))}</li>
        <li>{E(t.RegisterRoles)}</li></ul>
        <p>{E(t.RegisterWhy)}</p>
        <h2>{E(t.AppHeading)}</h2>
        <ul><li>{E(t.AppSubmissions(t.Removal(r.WrittenSubmissions, t.AfterReceived)))}</li>
        <li>{E(t.AppConversations(t.Removal(r.InactiveConversations, t.AfterRemoved)))}</li>
        <li>{E(t.AppReminders(t.Removal(r.ReminderLedger, t.AfterReminder)))}</li></ul>
        <h2>{E(t.TelemetryHeading)}</h2>
        <p>{E(t.Telemetry)}</p>
        <h2>{E(t.RightsHeading)}</h2>
        <p>{E(t.Rights)}</p>
        """;

    private static string Terms(LegalTexts t, RetentionOptions r) => $"""
        <h1>{E(t.TermsTitle)}</h1>
        <p>{E(t.TermsPurpose)}</p>
        <p>{E(t.TermsContent)}</p>
        <p>{E(t.TermsUse)}</p>
        <p><a href="privacy#{Lang(t)}">{E(t.TermsPrivacyLink)}</a></p>
        """;

    private static string E(string text) => HtmlPage.Encode(text);

    private static string Lang(LegalTexts texts) => texts.Culture.TwoLetterISOLanguageName.ToLower(CultureInfo.InvariantCulture);
}
