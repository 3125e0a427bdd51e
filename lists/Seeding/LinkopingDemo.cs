using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Lists.Seeding;

/// <summary>
/// Demo content drawn from "Samverkan mellan Guangzhou och Linköpings kommun": the two sister cities,
/// the action plans 2015–2018, activities in each thematic area, goals, past visits and the review
/// before the 2017 agreement. People and addresses are invented (example domain). Seeded after the plan ended, the history
/// is closed as a register kept since would have it, but for deliberate exceptions.
/// </summary>
internal static class LinkopingDemo
{
    private const string Coordinator = "internationella@linkoping.example";
    private const string ReportedBy = "kommunledningskontoret@linkoping.example";
    private static readonly DateTimeOffset SeededAt = new(2015, 1, 15, 9, 0, 0, TimeSpan.FromHours(1));

    public static Partner Guangzhou { get; } = new(
        "Guangzhou",
        "Kina",
        PartnerKind.Sister,
        new DateOnly(1997, 1, 1),
        new DateOnly(2017, 12, 31),
        "Aktiv och växande samverkan; nytt samverkansavtal föreslås till 20-årsjubileet 2017. Första kontakterna 1994.",
        Coordinator);

    public static Partner Macau { get; } = new(
        "Macau",
        "Kina",
        PartnerKind.Sister,
        new DateOnly(1997, 1, 1),
        null,
        "Kontakterna hålls på en lägre nivå, utom för att stödja Linköpings universitets samarbete med universitet i Macau.",
        Coordinator);

    public static ActionPlan PlanFor(int partnerId, string partner) =>
        new($"Handlingsplan {partner} 2015–2018", partnerId, new DateOnly(2015, 1, 1), new DateOnly(2018, 12, 31), "Kommunledningskontoret");

    public static IEnumerable<Visit> Visits(int guangzhou, int macau)
    {
        yield return Visit("seed-visit-2006-gotheborg", "Ostindiefararen Götheborg i Guangzhou", guangzhou, new DateOnly(2006, 7, 18), new DateOnly(2006, 7, 22),
            ["Linköpings kommun"], "Dåvarande borgmästaren med delegation",
            "Delta i festligheterna när kopian av ostindiefararen Götheborg kom till Guangzhouregionen.",
            [ThematicArea.Culture, ThematicArea.BusinessAndTrade], DemocracyDialogue.NotApplicable, null);
        yield return Visit("seed-visit-2009-ljungstedt-guangzhou", "Anders Ljungstedt 250 år – Guangzhou", guangzhou, new DateOnly(2009, 3, 20), new DateOnly(2009, 3, 24),
            ["Linköpings kommun", "Anders Ljungstedts gymnasium"], "Förtroendevalda, tjänstemän och systerortsföreningen",
            "Jubileum av Anders Ljungstedts födelse 1759.",
            [ThematicArea.Culture, ThematicArea.Education], DemocracyDialogue.NotApplicable, null);
        yield return Visit("seed-visit-2009-ljungstedt-macau", "Anders Ljungstedt 250 år – Macau", macau, new DateOnly(2009, 3, 25), new DateOnly(2009, 3, 27),
            ["Linköpings kommun", "Anders Ljungstedts gymnasium"], "Förtroendevalda och tjänstemän",
            "Jubileum vid Anders Ljungstedts grav i Macau.",
            [ThematicArea.Culture], DemocracyDialogue.NotApplicable, null);
        yield return Visit("seed-visit-2014-03-delegation", "Gemensam delegationsresa kommun och universitet", guangzhou, new DateOnly(2014, 3, 10), new DateOnly(2014, 3, 15),
            ["Linköpings kommun", "Linköpings universitet"], "Kommunstyrelsens presidium, tjänstemän från kommunledningskontoret, universitetsledningen",
            "Fördjupa universitetssamarbetet och förbereda ett gemensamt center för hållbar stadsutveckling.",
            [ThematicArea.ResearchAndHigherEducation, ThematicArea.EnergyEnvironmentUrbanInnovation], DemocracyDialogue.Yes,
            "Företrädare redogjorde för kommunens politiska organisation, samrådsmöten och medborgarförslag.");
    }

    /// <summary>
    /// The history's activities: as they stood during the 2015–2018 plan, or — <paramref name="closed"/>, when the demo is
    /// seeded after that plan ended — as a register kept since then would hold them: done, or cancelled where the work
    /// never happened (<see cref="Closed"/>).
    /// </summary>
    public static IEnumerable<(string Key, Activity Activity)> Activities(int guangzhou, int guangzhouPlan, int macau, int macauPlan, bool closed) =>
        closed ? AsPlanned(guangzhou, guangzhouPlan, macau, macauPlan).Select(a => (a.Key, Closed(a.Key, a.Activity))) : AsPlanned(guangzhou, guangzhouPlan, macau, macauPlan);

    /// <summary>
    /// Two deliberate exceptions stay open, so the current review shows what an earlier period left open and how it says
    /// so: the biogas exchange (never followed up) and the pupil exchanges (their follow-up never reported). The review of
    /// the elderly care exchange was cancelled; everything else was done.
    /// </summary>
    private static Activity Closed(string key, Activity activity) => key switch
    {
        "seed-activity-biogas" or "seed-activity-pupil-exchange" => activity,
        "seed-activity-elderly-care" => activity with { Status = ActivityStatus.Cancelled },
        _ => activity with { Status = ActivityStatus.Done },
    };

    private static IEnumerable<(string Key, Activity Activity)> AsPlanned(int guangzhou, int guangzhouPlan, int macau, int macauPlan)
    {
        yield return ("seed-activity-urban-centre", Activity(guangzhou, guangzhouPlan, "Gemensamt forskningscenter för Urban Sustainable Development", ThematicArea.ResearchAndHigherEducation,
            "Linköpings universitet", "lin.forskning@linkoping.example", new DateOnly(2014, 11, 1), new DateOnly(2017, 6, 30), ActivityStatus.Ongoing, new DateOnly(2017, 6, 30)));
        yield return ("seed-activity-urban-award", Activity(guangzhou, guangzhouPlan, "Guangzhou International Urban Innovation Award – Linköping Carbon Neutral 2025", ThematicArea.EnergyEnvironmentUrbanInnovation,
            "Miljö- och samhällsbyggnadsförvaltningen", "miljo@linkoping.example", new DateOnly(2014, 1, 1), new DateOnly(2014, 12, 31), ActivityStatus.Done, null));
        yield return ("seed-activity-biogas", Activity(guangzhou, guangzhouPlan, "Erfarenhetsutbyte om biogas och avfallshantering", ThematicArea.EnergyEnvironmentUrbanInnovation,
            "Tekniska verken", "tekniska.verken@linkoping.example", new DateOnly(2015, 3, 1), new DateOnly(2016, 12, 31), ActivityStatus.Planned, new DateOnly(2016, 6, 30)));
        yield return ("seed-activity-pupil-exchange", Activity(guangzhou, guangzhouPlan, "Elev- och lärarutbyten med skolor i Guangzhou", ThematicArea.Education,
            "Utbildningsförvaltningen", "utbildning@linkoping.example", new DateOnly(2015, 8, 15), new DateOnly(2018, 6, 15), ActivityStatus.Ongoing, new DateOnly(2016, 6, 15)));
        yield return ("seed-activity-exporum", Activity(guangzhou, guangzhouPlan, "Exportfrämjande genom Exporum och Nulink", ThematicArea.BusinessAndTrade,
            "Nulink", "nulink@linkoping.example", new DateOnly(2015, 1, 1), new DateOnly(2018, 12, 31), ActivityStatus.Ongoing, new DateOnly(2016, 3, 31)));
        yield return ("seed-activity-tourism", Activity(guangzhou, guangzhouPlan, "Turismsamarbete med Visit Sweden på den kinesiska marknaden", ThematicArea.Tourism,
            "Visit Linköping", "visit@linkoping.example", new DateOnly(2014, 6, 1), new DateOnly(2018, 12, 31), ActivityStatus.Ongoing, new DateOnly(2016, 9, 30)));
        yield return ("seed-activity-public-art", Activity(guangzhou, guangzhouPlan, "Konstnärlig gestaltning i nya offentliga rum – utbyte", ThematicArea.Culture,
            "Kultur- och fritidsförvaltningen", "kultur@linkoping.example", new DateOnly(2016, 1, 1), new DateOnly(2017, 12, 31), ActivityStatus.Planned, new DateOnly(2017, 3, 31)));
        yield return ("seed-activity-elderly-care", Activity(guangzhou, guangzhouPlan, "Översyn av utbyte inom äldreomsorg och demensvård", ThematicArea.HealthAndSocialCare,
            "Äldreförvaltningen", "aldre@linkoping.example", new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31), ActivityStatus.Planned, new DateOnly(2016, 10, 31)));
        yield return ("seed-activity-macau-university", Activity(macau, macauPlan, "Stöd till universitetets samarbete med University of Macau", ThematicArea.ResearchAndHigherEducation,
            "Linköpings universitet", "lin.forskning@linkoping.example", new DateOnly(2015, 1, 1), new DateOnly(2018, 12, 31), ActivityStatus.Ongoing, null));
    }

    public static IEnumerable<Goal> Goals(int guangzhouPlan, int macauPlan)
    {
        yield return new Goal("Forskningscentret för hållbar stadsutveckling etablerat", guangzhouPlan, ThematicArea.ResearchAndHigherEducation, "lin.forskning@linkoping.example",
            "Centret invigt (1 = ja)", 1m, 0m, GoalStatus.OnTrack, new DateOnly(2017, 6, 30), SeededAt);
        yield return new Goal("Fler kinesiska övernattningar i Linköping", guangzhouPlan, ThematicArea.Tourism, "visit@linkoping.example",
            "Antal kinesiska gästnätter per år", 30000m, 21000m, GoalStatus.AtRisk, new DateOnly(2016, 12, 31), SeededAt);
        yield return new Goal("Elev- och lärarutbyten genomförda", guangzhouPlan, ThematicArea.Education, "utbildning@linkoping.example",
            "Antal genomförda utbyten", 4m, 1m, GoalStatus.OnTrack, new DateOnly(2016, 6, 15), SeededAt);
        yield return new Goal("Studentutbyte med Macau upprätthållet", macauPlan, ThematicArea.ResearchAndHigherEducation, "lin.forskning@linkoping.example",
            "Antal utbytesstudenter per år", 5m, 5m, GoalStatus.Achieved, new DateOnly(2016, 12, 31), SeededAt);
    }

    /// <summary>The history's review cycles: planned during the 2015–2018 plan, reported when <paramref name="closed"/> (seeded after it).</summary>
    public static IEnumerable<ReviewCycle> Reviews(int guangzhou, bool closed)
    {
        var status = closed ? ReviewCycleStatus.Reported : ReviewCycleStatus.Planned;
        yield return new ReviewCycle("Översyn av relationen inför nytt samverkansavtal", guangzhou, ReviewCycleKind.AgreementReview, new DateOnly(2016, 11, 30),
            "Kommunstyrelsen", status);
        yield return new ReviewCycle("20-årsjubileum av systerortsavtalet", guangzhou, ReviewCycleKind.Jubilee, new DateOnly(2017, 9, 1),
            "Kommunstyrelsens presidium", status);
        yield return new ReviewCycle("Årlig uppföljning av handlingsplanen 2015", guangzhou, ReviewCycleKind.AnnualFollowUp, new DateOnly(2015, 12, 15),
            "Internationella funktionen", ReviewCycleStatus.Reported);
    }

    private static Activity Activity(int partner, int plan, string title, ThematicArea theme, string organisation, string responsible, DateOnly start, DateOnly end, ActivityStatus status, DateOnly? followUpDue) =>
        new(title, partner, plan, theme, organisation, responsible, start, end, status, followUpDue, null, null);

    private static Visit Visit(string key, string title, int partner, DateOnly start, DateOnly end, string[] organisations, string participants, string purpose,
        ThematicArea[] themes, DemocracyDialogue dialogue, string? dialogueNote) =>
        new(title, partner, VisitDirection.Outgoing, start, end, organisations, participants, purpose, themes, dialogue, dialogueNote,
            null, [], [], ReportedBy, SeededAt, key);
}
