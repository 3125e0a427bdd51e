using System.Globalization;
using System.Resources;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Web.Browser;

/// <summary>What the register browser says (BrowserTexts.resx). The register is kept in Swedish, like its list and column names.</summary>
public sealed class BrowserTexts : ResourceTexts
{
    private static readonly ResourceManager Resources = new("PartnershipTeams.Web.Browser.BrowserTexts", typeof(BrowserTexts).Assembly);

    private BrowserTexts(CultureInfo culture)
        : base(Resources, culture) => Domain = DomainTexts.For(culture);

    /// <summary>The texts in the register's language.</summary>
    public static BrowserTexts Register { get; } = new(Languages.Swedish);

    /// <summary>Choice labels in the same language.</summary>
    public DomainTexts Domain { get; }

    public string SiteName => Text();
    public string ListsNavigation => Text();
    public string BackToLists => Text();
    public string IndexTitle => Text();
    public string IndexIntro => Text();
    public string ListHeader => Text();
    public string CountHeader => Text();
    public string StuckBody => Text();
    public string ReceivedHeader => Text();
    public string TitleHeader => Text();
    public string ReportedByHeader => Text();
    public string AttemptsHeader => Text();
    public string LastErrorHeader => Text();
    public string IdHeader => Text();
    public string EmptyList => Text();
    public string PagesLabel => Text();
    public string PreviousPage => Text();
    public string NextPage => Text();
    public string NoAccessTitle => Text();
    public string NoAccessBody => Text();
    public string NoSuchListTitle => Text();
    public string BadRequestTitle => Text();

    public string StoreUnavailableTitle => Text();

    public string StoreUnavailable => Text();
    public string InvalidSortOrder => Text();
    public string InvalidPage => Text();
    public string ReportPartnerMissing => Text();
    public string ReportBadDate => Text();
    public string ReportPeriodReversed => Text();
    public string ReportBadLanguage => Text();
    public string ReportBadFormat => Text();
    public string ReportUnknownPartnerTitle => Text();
    public string FilterLabel => Text();
    public string FilterPartner => Text();
    public string FilterYear => Text();
    public string FilterTheme => Text();
    public string FilterStatus => Text();
    public string FilterOverdue => Text();
    public string FilterWithdrawn => Text();
    public string WithdrawnMark => Text();
    public string FilterAll => Text();
    public string FilterApply => Text();
    public string FilterClear => Text();
    public string ExportXlsx => Text();
    public string FieldHeader => Text();
    public string ValueHeader => Text();
    public string RelatedHeading => Text();
    public string NoSuchItemTitle => Text();
    public string PlansHeading => Text();
    public string GoalsHeading => Text();
    public string UpcomingVisitsHeading => Text();
    public string PastVisitsHeading => Text();
    public string OverdueHeading => Text();
    public string ChartsHeading => Text();
    public string NothingHere => Text();
    public string ReviewDownload => Text();
    public string ReviewTablesDownload => Text();
    public string ChartNumbers => Text();
    public string ManagersNavigation => Text();
    public string TechnicalLists => Text();
    public string TitleColumn => Text();
    public string DueColumn => Text();
    public string StatusColumn => Text();

    public string FilterInvalid(string filter) => Format(nameof(FilterInvalid), filter);

    /// <summary>What a withdrawn visit's page says first; <paramref name="when"/> as the page shows dates and times.</summary>
    public string WithdrawnNotice(string when) => Format(nameof(WithdrawnNotice), when);

    /// <summary>"1 återkallat besök visas inte här.": the withdrawn visits a list leaves out unless asked.</summary>
    public string WithdrawnHidden(int count) => Format(nameof(WithdrawnHidden), Count("WithdrawnVisits", count));

    public string ItemTitle(string list, string item) => Format(nameof(ItemTitle), list, item);

    public string NoSuchItemBody(string list, int id) => Format(nameof(NoSuchItemBody), list, id);

    public string OverviewIntro(string period) => Format(nameof(OverviewIntro), period);

    public string OpenItem(string title) => Format(nameof(OpenItem), title);

    public string PartnerOverviewLink(string partner) => Format(nameof(PartnerOverviewLink), partner);

    public string ReportUnknownPartner(string partner) => Format(nameof(ReportUnknownPartner), partner);

    public string StuckHeading(int count) => Format(nameof(StuckHeading), Count("Submissions", count));

    public string Showing(int first, int last, int total) => Format(nameof(Showing), first, last, total);

    public string NoSuchListBody(string name) => Format(nameof(NoSuchListBody), name);

    public string UnknownSortColumn(string column) => Format(nameof(UnknownSortColumn), column);
}
