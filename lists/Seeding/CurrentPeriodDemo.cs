using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Time;

namespace PartnershipTeams.Lists.Seeding;

/// <summary>
/// The demo's current action plan period, dated from the day it is seeded so every feature shows something on a first
/// run: upcoming visits, follow-ups due within two weeks and one overdue, a goal due for review, and an annual follow-up
/// due within a month. Some of it belongs to the Agents Playground's default user (<see cref="PlaygroundUser"/>), so
/// "mina uppföljningar" and the reminders show it there. Keys are stable: seeding again on a later day adds nothing.
/// </summary>
internal static class CurrentPeriodDemo
{
    /// <summary>The user the Microsoft 365 Agents Playground plays unless configured otherwise (Alex Wilber).</summary>
    public const string PlaygroundUser = "alexw@example.com";

    private const string Coordinator = "internationella@linkoping.example";

    /// <summary>A plan from the start of this year to the end of the year after next.</summary>
    public static ActionPlan Plan(int guangzhou, DateOnly today) =>
        new($"Handlingsplan Guangzhou {today.Year}–{today.Year + 2}", guangzhou, new DateOnly(today.Year, 1, 1), new DateOnly(today.Year + 2, 12, 31), "Kommunledningskontoret");

    public static IEnumerable<Visit> Visits(int guangzhou, DateOnly today, DateTimeOffset now)
    {
        var education = Open(today.AddDays(-30), 3, Earlier);
        var urban = Open(today.AddDays(18), 4, Later);
        var delegation = Open(today.AddDays(45), 6, Later);
        yield return new Visit("Besök från Guangzhous utbildningsbyrå", guangzhou, VisitDirection.Incoming, education, education.AddDays(2),
            ["Utbildningsförvaltningen", "Linköpings universitet"], "Fem rektorer från skolor i Guangzhou\nTvå tjänstemän från Guangzhous utbildningsbyrå",
            "Skolbesök och samtal om lärarutbyten.", [ThematicArea.Education], DemocracyDialogue.No, null,
            "Två skolor vill starta utbyten nästa läsår.", [new OrganisationCost("Utbildningsförvaltningen", 12_500.50m)], [], Coordinator, now, "seed-current-visit-education",
            GenderEquality.Yes, "Samtal om flickors och pojkars studieresultat; lika många kvinnor och män bland värdarna.", new DelegationComposition(4, 3, null));
        yield return new Visit("Delegation från Guangzhou om hållbar stadsutveckling", guangzhou, VisitDirection.Incoming, urban, urban.AddDays(3),
            ["Miljö- och samhällsbyggnadsförvaltningen", "Tekniska verken"], "Guangzhous stadsplaneringsbyrå",
            "Studiebesök om biogas och klimatneutral stadsdel.", [ThematicArea.EnergyEnvironmentUrbanInnovation], DemocracyDialogue.NotApplicable, null,
            null, [], [], Coordinator, now, "seed-current-visit-urban");
        yield return new Visit("Kommunstyrelsens delegationsresa till Guangzhou", guangzhou, VisitDirection.Outgoing, delegation, delegation.AddDays(5),
            ["Linköpings kommun", "Linköpings universitet"], "Kommunstyrelsens presidium och tjänstemän",
            "Förbereda nästa samverkansavtal.", [ThematicArea.ResearchAndHigherEducation, ThematicArea.BusinessAndTrade], DemocracyDialogue.NotApplicable, null,
            null, [], [], Coordinator, now, "seed-current-visit-delegation");
    }

    private const int Earlier = -1;
    private const int Later = 1;

    /// <summary>
    /// The nearest day from <paramref name="from"/>, stepping <paramref name="step"/> (back for a visit that must stay in the
    /// past), on which a visit of <paramref name="days"/> days starts on a working day and spans no Swedish public holiday:
    /// no delegation arrives on Christmas Day, whenever the demo is seeded.
    /// </summary>
    private static DateOnly Open(DateOnly from, int days, int step)
    {
        var start = from;
        while (!WorkingDays.IsWorkingDay(start) || Enumerable.Range(0, days).Any(d => SwedishHolidays.IsHoliday(start.AddDays(d))))
        {
            start = start.AddDays(step);
        }

        return start;
    }

    public static IEnumerable<(string Key, Activity Activity)> Activities(int guangzhou, int plan, DateOnly today)
    {
        yield return ("seed-current-activity-letter", new Activity("Skicka avsiktsförklaring om lärarutbyten", guangzhou, plan, ThematicArea.Education,
            "Utbildningsförvaltningen", PlaygroundUser, today.AddDays(-20), today.AddDays(60), ActivityStatus.Ongoing, today.AddDays(7), null, null));
        yield return ("seed-current-activity-programme", new Activity("Program för delegationen om hållbar stadsutveckling", guangzhou, plan, ThematicArea.EnergyEnvironmentUrbanInnovation,
            "Miljö- och samhällsbyggnadsförvaltningen", "miljo@linkoping.example", today.AddDays(-10), today.AddDays(21), ActivityStatus.Ongoing, today.AddDays(12), null, null));
        yield return ("seed-current-activity-report", new Activity("Rapport från skolbesöket till utbildningsnämnden", guangzhou, plan, ThematicArea.Education,
            "Utbildningsförvaltningen", PlaygroundUser, today.AddDays(-28), today.AddDays(-5), ActivityStatus.Ongoing, today.AddDays(-5), null, null));
    }

    public static IEnumerable<Goal> Goals(int plan, DateOnly today, DateTimeOffset now)
    {
        yield return new Goal("Fler lärarutbyten med Guangzhou", plan, ThematicArea.Education, PlaygroundUser,
            "Antal lärare på utbyte per år", 6m, 2m, GoalStatus.OnTrack, today.AddDays(10), now, IndicatorKind.Count, 6);
    }

    /// <summary>The annual follow-up due within a month, with the international function's assessment drafted in the register.</summary>
    public static ReviewCycle AnnualFollowUp(int guangzhou, ActionPlan plan, DateOnly today) =>
        new($"Årlig uppföljning av handlingsplanen {plan.PeriodStart.Year}–{plan.PeriodEnd.Year}", guangzhou, ReviewCycleKind.AnnualFollowUp, today.AddDays(25),
            "Kommunstyrelsen", ReviewCycleStatus.Planned, Assessment);

    private const string Assessment =
        "Samarbetet med Guangzhou har under året främst gällt utbildning och hållbar stadsutveckling. Skolbesöket gav två konkreta "
        + "utbyten som skolorna vill starta nästa läsår, men rapporten till utbildningsnämnden är försenad och behöver prioriteras.\n"
        + "Demokrati och mänskliga rättigheter presenterades inte vid skolbesöket. Inför kommunstyrelsens delegationsresa bör "
        + "programmet ge plats för presentationen, som riktlinjen kräver.\n"
        + "Internationella funktionen bedömer att samarbetet ger värde för Linköping och föreslår att det fortsätter på nuvarande nivå.";
}
