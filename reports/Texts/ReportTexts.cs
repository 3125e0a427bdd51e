using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Reports.Review;

namespace PartnershipTeams.Reports.Texts;

/// <summary>What the review report says (ReportTexts.resx is Swedish, ReportTexts.en.resx English); each property reads the key of its name.</summary>
public sealed class ReportTexts : ResourceTexts
{
    private static readonly ResourceManager Resources = new("PartnershipTeams.Reports.Texts.ReportTexts", typeof(ReportTexts).Assembly);
    private static readonly ConcurrentDictionary<CultureInfo, ReportTexts> ByCulture = new();

    private ReportTexts(CultureInfo culture)
        : base(Resources, culture) => Domain = DomainTexts.For(culture);

    public static ReportTexts For(CultureInfo culture) => ByCulture.GetOrAdd(culture, c => new ReportTexts(c));

    /// <summary>Choice labels (statuses, thematic areas, directions) in the same language.</summary>
    public DomainTexts Domain { get; }

    public string LanguageTag => Text();
    public string SummaryHeading => Text();
    public string PartnershipCaption => Text();
    public string FactHeader => Text();
    public string ValueHeader => Text();
    public string CountryLabel => Text();
    public string KindLabel => Text();
    public string AgreementSinceLabel => Text();
    public string NextAgreementDueLabel => Text();
    public string AmbitionLabel => Text();
    public string CoordinatorLabel => Text();
    public string PlansHeading => Text();
    public string NoPlans => Text();
    public string PlanHeader => Text();
    public string FromHeader => Text();
    public string ToHeader => Text();
    public string OwnerHeader => Text();
    public string GoalsHeading => Text();
    public string NoGoals => Text();
    public string GoalStatusChart => Text();
    public string CountAxis => Text();
    public string KronorAxis => Text();
    public string StatusHeader => Text();
    public string CountHeader => Text();
    public string GoalListHeading => Text();
    public string GoalHeader => Text();
    public string ThemeHeader => Text();
    public string IndicatorHeader => Text();
    public string TargetHeader => Text();
    public string CurrentHeader => Text();
    public string NextReviewHeader => Text();
    public string GoalHistoryHeading => Text();
    public string NoGoalUpdates => Text();
    public string DateHeader => Text();
    public string ReportedByHeader => Text();
    public string CommentHeader => Text();
    public string ActivitiesHeading => Text();
    public string NoActivities => Text();
    public string ActivitiesChart => Text();
    public string TotalHeader => Text();
    public string ActivityHeader => Text();
    public string OrganisationHeader => Text();
    public string VisitsHeading => Text();
    public string NoVisits => Text();
    public string VisitsChart => Text();
    public string YearHeader => Text();
    public string OrganisationsHeading => Text();
    public string NoOrganisations => Text();
    public string VisitCountHeader => Text();
    public string DemocracyHeading => Text();
    public string VisitHeader => Text();
    public string DirectionHeader => Text();
    public string DemocracyPresentedHeader => Text();
    public string CostsHeading => Text();
    public string CostsIntro => Text();
    public string NoCosts => Text();
    public string CostsChart => Text();
    public string UnknownOrganisation => Text();
    public string DeadlinesHeading => Text();
    public string OverdueHeading => Text();
    public string NoOverdue => Text();
    public string ResponsibleHeader => Text();
    public string FollowUpDueHeader => Text();
    public string DaysOverdueHeader => Text();
    public string OpenReviewsHeading => Text();
    public string NoOpenReviews => Text();
    public string ReviewHeader => Text();
    public string KindHeader => Text();
    public string DueHeader => Text();
    public string AudienceHeader => Text();

    public string Title(string partner, string period) => Format(nameof(Title), partner, period);

    public string Subtitle(DateOnly today) => Format(nameof(Subtitle), Iso(today));

    /// <summary>"2015–2018" for whole calendar years, else "2015-03-01 – 2016-02-29".</summary>
    public string Period(ReviewPeriod period) =>
        period.From is { Month: 1, Day: 1 } && period.To is { Month: 12, Day: 31 }
            ? period.From.Year == period.To.Year ? period.From.Year.ToString(CultureInfo.InvariantCulture) : Format("PeriodYears", period.From.Year, period.To.Year)
            : Format("PeriodDates", Iso(period.From), Iso(period.To));

    public string SummaryIntro(string partner, string period) => Format(nameof(SummaryIntro), partner, period);

    public string GoalsIntro(int goals, int atRisk) => Format(nameof(GoalsIntro), Count("Goals", goals), Count("AtRisk", atRisk));

    public string ActivitiesIntro(int activities, int overdue) => Format(nameof(ActivitiesIntro), Count("Activities", activities), Count("Overdue", overdue));

    public string VisitsIntro(int visits) => Format(nameof(VisitsIntro), Count("Visits", visits));

    /// <summary>
    /// Whether democracy and human rights were presented, said of the visits where something happened: "Vid ett besök
    /// presenterades de inte och vid två besök var frågan inte aktuell." A count of zero is left out, not said.
    /// </summary>
    public string DemocracySummary(int yes, int no, int notApplicable) =>
        Format(nameof(DemocracySummary), Answers(
            (yes, "DemocracyPresented"), (no, "DemocracyNotPresented"), (notApplicable, "DemocracyNotApplicable")));

    /// <summary>How often gender equality was considered, and at how many visits reported before the question existed it was never asked.</summary>
    public string GenderEqualitySummary(int yes, int no, int notApplicable, int unanswered, int notAsked) =>
        Format(nameof(GenderEqualitySummary), Answers(
            (yes, "GenderEqualityConsidered"), (no, "GenderEqualityNotConsidered"), (notApplicable, "GenderEqualityNotApplicable"),
            (unanswered, "GenderEqualityUnanswered"), (notAsked, "GenderEqualityNotAsked")));

    /// <summary>What the delegations that gave their composition were made of, or that none gave it.</summary>
    public string CompositionSummary(int delegations, int women, int men, int others) =>
        delegations == 0
            ? Text("CompositionNotGiven")
            : Capitalised(CountFormat(nameof(CompositionSummary), delegations, Spelled(delegations), women.ToString("N0", Culture), men.ToString("N0", Culture), others.ToString("N0", Culture)));

    private string Capitalised(string sentence) => sentence.Length == 0 ? sentence : char.ToUpper(sentence[0], Culture) + sentence[1..];

    /// <summary>
    /// Answers to a yes/no/not-applicable question as one sentence: each non-zero count as its clause ("vid ett besök
    /// presenterades de"), joined with commas and a final "och", the first letter capitalised; the clauses' keys take the
    /// count's words as {1} and <see cref="GenderEqualityQuestion.AskedSince"/> as {2}.
    /// </summary>
    private string Answers(params (int Count, string Key)[] answers)
    {
        string[] clauses = [.. answers.Where(a => a.Count > 0).Select(a => CountFormat(a.Key, a.Count, Spelled(a.Count), Iso(GenderEqualityQuestion.AskedSince)))];
        if (clauses.Length == 0)
        {
            return string.Empty;
        }

        return Capitalised(clauses.Length == 1 ? clauses[0] : string.Join(", ", clauses[..^1]) + " " + Text("ListAnd") + " " + clauses[^1]);
    }

    public string GenderEqualityHeading => Text();
    public string GenderEqualityHeader => Text();
    public string WomenHeader => Text();
    public string MenHeader => Text();
    public string OthersHeader => Text();
    public string NotAsked => Text();
    public string Unanswered => Text();

    /// <summary>A count as running text writes it: in words up to twelve ("två besök"), in figures above.</summary>
    public string Spelled(int count) =>
        Text("NumberWords").Split(',') is var words && count >= 0 && count < words.Length ? words[count] : count.ToString("N0", Culture);

    public string NotPresentedCaption => Text();
    public string AllVisitsCaption => Text();
    public string AllGoalUpdatesCaption => Text();

    public string ThemeByOrganisation(int activities) => Format(nameof(ThemeByOrganisation), Count("Activities", activities));

    public string OverdueInTheme(string theme) => Format(nameof(OverdueInTheme), theme);

    public string AllActivitiesCaption(string theme) => Format(nameof(AllActivitiesCaption), theme);

    public string MoreInWorkbook(int more) => Count(nameof(MoreInWorkbook), more);

    public string CancelledActivities(int cancelled) => Count(nameof(CancelledActivities), cancelled);

    public string CarriedOverHeading => Text();
    public string NothingCarriedOver => Text();
    public string CarriedOverFollowUpsCaption => Text();
    public string CarriedOverReviewsCaption => Text();

    /// <summary>How many follow-ups earlier periods left open, and the oldest one's date.</summary>
    public string CarriedOverFollowUps(int count, DateOnly oldest, int years) => CountFormat(nameof(CarriedOverFollowUps), count, Iso(oldest), Age(years));

    /// <summary>How many review cycles earlier periods left unreported, and the oldest one's due date.</summary>
    public string CarriedOverReviews(int count, DateOnly oldest, int years) => CountFormat(nameof(CarriedOverReviews), count, Iso(oldest), Age(years));

    /// <summary>How long before the period something was due: "mer än 9 år".</summary>
    public string Age(int years) => Count(nameof(Age), years);

    /// <summary>The next agreement's date, said to lie before the period when it does.</summary>
    public string NextAgreementPassed(DateOnly due) => Format(nameof(NextAgreementPassed), Iso(due));

    public string AssessmentHeading => Text();
    public string FunctionAssessmentHeading => Text();
    public string AssessmentMissing => Text();
    public string RegisterAssessmentHeading => Text();
    public string RegisterAssessmentIntro => Text();
    public string LatestValueHeader => Text();
    public string AttainmentHeader => Text();

    public string AssessmentOf(string review, DateOnly due) => Format(nameof(AssessmentOf), review, Iso(due));

    public string Label(GoalAttainment attainment) => Text($"Attainment.{attainment}");

    public string LatestUpdatePerGoal(int updates) => Format(nameof(LatestUpdatePerGoal), updates);

    public string ChartAlt(string title, string figures) => Format(nameof(ChartAlt), title, figures);

    public string FileName(string partner, string period) => Format(nameof(FileName), partner, period);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
