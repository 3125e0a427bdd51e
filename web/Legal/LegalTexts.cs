using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Web.Legal;

/// <summary>What the privacy and terms pages say (LegalTexts.resx, Swedish; LegalTexts.en.resx), retention periods included.</summary>
public sealed class LegalTexts : ResourceTexts
{
    private static readonly ResourceManager Resources = new("PartnershipTeams.Web.Legal.LegalTexts", typeof(LegalTexts).Assembly);
    private static readonly ConcurrentDictionary<CultureInfo, LegalTexts> ByCulture = new();

    private LegalTexts(CultureInfo culture)
        : base(Resources, culture)
    {
    }

    public static LegalTexts For(CultureInfo culture) => ByCulture.GetOrAdd(culture, c => new LegalTexts(c));

    public string LanguageName => Text();
    public string PrivacyTitle => Text();
    public string PrivacyIntro => Text();
    public string RegisterHeading => Text();
    public string RegisterRoles => Text();
    public string RegisterWhy => Text();
    public string AppHeading => Text();
    public string TelemetryHeading => Text();
    public string Telemetry => Text();
    public string RightsHeading => Text();
    public string Rights => Text();
    public string AfterVisitEnded => Text();
    public string AfterReport => Text();
    public string AfterLastContact => Text();
    public string AfterReceived => Text();
    public string AfterRemoved => Text();
    public string AfterReminder => Text();
    public string TermsTitle => Text();
    public string TermsPurpose => Text();
    public string TermsContent => Text();
    public string TermsUse => Text();
    public string TermsPrivacyLink => Text();

    public string RegisterVisits(string participantsRemoved) => Format(nameof(RegisterVisits), participantsRemoved);

    public string RegisterReporters(string removed) => Format(nameof(RegisterReporters), removed);

    public string RegisterContacts(string removed) => Format(nameof(RegisterContacts), removed);

    public string AppSubmissions(string removed) => Format(nameof(AppSubmissions), removed);

    public string AppConversations(string removed) => Format(nameof(AppConversations), removed);

    public string AppReminders(string removed) => Format(nameof(AppReminders), removed);

    /// <summary>When data kept for <paramref name="period"/> after <paramref name="after"/> goes: "tas bort 4 år efter rapporten", or "sparas tills vidare" for 0.</summary>
    public string Removal(TimeSpan period, string after) =>
        period <= TimeSpan.Zero ? Text("KeptUntilFurtherNotice") : Format("RemovedAfter", Length(period), after);

    /// <summary>A period in whole years when it is one ("4 år", 1461 days), else in days ("30 dagar").</summary>
    private string Length(TimeSpan period)
    {
        var years = (int)Math.Round(period.TotalDays / 365.25);
        return years >= 1 && Math.Abs(period.TotalDays - (years * 365.25)) <= 1 ? Count("Years", years) : Count("Days", (int)Math.Ceiling(period.TotalDays));
    }
}
