using System.Text.Json.Nodes;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Search;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Search;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Bot.Tests.Cards;

/// <summary>Every card the bot can emit, in Swedish and English, with realistic and hostile content.</summary>
public static class CardCatalog
{
    private static readonly IReadOnlyList<(int, string)> Partners = [(1, "Guangzhou"), (2, "Macau")];

    public static IReadOnlyDictionary<string, JsonObject> All { get; } = Build();

    public static TheoryData<string> Names() => new(All.Keys);

    private static Dictionary<string, JsonObject> Build()
    {
        var cards = new Dictionary<string, JsonObject>();
        foreach (var texts in Languages.Supported.Select(BotTexts.For))
        {
            var lang = texts.Culture.TwoLetterISOLanguageName;
            cards[$"welcome-{lang}"] = InfoCards.Welcome(texts);
            cards[$"help-{lang}"] = InfoCards.Help(texts);
            cards[$"help-not-understood-{lang}"] = InfoCards.Help(texts, notUnderstood: true);
            cards[$"visit-form-{lang}"] = VisitReportCard.Build(texts, Partners, "s1", new Dictionary<string, string>(), []);
            cards[$"visit-form-errors-{lang}"] = VisitReportCard.Build(texts, Partners, "s1", FilledValues(), Errors());
            cards[$"visit-confirmation-{lang}"] = VisitConfirmationCard.Build(texts, SampleVisit(), "Guangzhou");
            cards[$"visit-confirmation-longest-{lang}"] = VisitConfirmationCard.Build(texts, LongestVisit(), "Guangzhou");
            cards[$"goal-form-{lang}"] = GoalUpdateCard.Build(texts, [SampleGoal("Fler kinesiska övernattningar i Linköping")], "s2", new Dictionary<string, string>(), []);
            cards[$"goal-form-errors-{lang}"] = GoalUpdateCard.Build(texts, [SampleGoal("Fler kinesiska övernattningar")], "s2",
                new Dictionary<string, string> { ["Current"] = "många" }, [new ValidationError("Status", ValidationCode.Required), new ValidationError("Current", ValidationCode.InvalidNumber)]);
            cards[$"goal-confirmation-{lang}"] = GoalUpdateCard.Confirmation(texts, "Fler kinesiska övernattningar", new GoalUpdate(7, GoalStatus.OnTrack, 26500m, "Nya *charterflyg*", "visit@linkoping.example", DateTimeOffset.UnixEpoch, "s2"));
            cards[$"follow-ups-{lang}"] = FollowUpsCard.Build(texts,
            [
                new FollowUpsCard.Row(new ItemKey("Activities", 3), "Elev- och lärarutbyten", new DateOnly(2016, 12, 1), null, ActivityStatus.Ongoing, IsOverdue: true),
                new FollowUpsCard.Row(new ItemKey("Activities", 4), "<b>Biogas</b> [länk](x)", null, new DateOnly(2027, 6, 30), ActivityStatus.Planned, IsOverdue: false),
            ]);
            cards[$"follow-ups-empty-{lang}"] = FollowUpsCard.Build(texts, []);
            cards[$"reminder-{lang}"] = ReminderCard.Build(texts, new ItemKey("Activities", 12), "Skicka *avsiktsförklaring*", new DateOnly(2026, 12, 2), 7, overdue: false, ["29:1user-anna"]);
            cards[$"reminder-overdue-{lang}"] = ReminderCard.Build(texts, new ItemKey("Goals", 3), "Fler övernattningar", new DateOnly(2026, 11, 2), -23, overdue: true, ["29:1user-anna"]);
            cards[$"reminder-outcome-{lang}"] = ReminderCard.Outcome(texts, "Skicka avsiktsförklaring", texts.MarkedDone, new ItemKey("Activities", 12), ["29:1user-anna"]);
            cards[$"visit-confirmation-status-{lang}"] = VisitConfirmationCard.Build(texts, SampleVisit(), "Guangzhou", texts.SubmissionWritten, "0123456789abcdef0123456789abcdef", ["29:1user-anna"]);
            cards[$"goal-confirmation-status-{lang}"] = GoalUpdateCard.Confirmation(texts, "Fler kinesiska övernattningar", new GoalUpdate(7, GoalStatus.OnTrack, 26500m, null, "visit@linkoping.example", DateTimeOffset.UnixEpoch, "s2"), texts.SubmissionPending, "0123456789abcdef0123456789abcdef", ["29:1user-anna"]);
            cards[$"digest-unreachable-{lang}"] = DigestCard.Build(texts, new DigestContent(
                [new DigestRow("Skicka avsiktsförklaring", new DateOnly(2026, 12, 2), "anna@linkoping.example")], [], [], [], [],
                [new DigestRow("Boka lokal", new DateOnly(2026, 11, 25), "li.wei@linkoping.example", ReminderOutcome.NoPermission)]));
            cards[$"my-visits-{lang}"] = MyVisitsCard.Build(texts,
            [
                new MyVisitsCard.Row("Delegation <b>till</b> *Guangzhou*", "Guangzhou", new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 20), texts.VisitStatusInRegister, new ItemKey("Visits", 4), CanCorrect: true, CanWithdraw: true),
                new MyVisitsCard.Row("Studiebesök om biogas", "Macau", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 3), new DateOnly(2026, 9, 5), texts.VisitStatusWithdrawn("2026-09-06"), new ItemKey("Visits", 2), CanCorrect: false, CanWithdraw: false),
                new MyVisitsCard.Row("Nytt besök", "Macau", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2), new DateOnly(2026, 11, 24), texts.VisitStatusReceived, null, CanCorrect: false, CanWithdraw: false),
            ], total: 12, notice: texts.WithdrawalReceived("Delegation <b>till</b> Guangzhou"));
            cards[$"my-visits-empty-{lang}"] = MyVisitsCard.Build(texts, [], total: 0);
            cards[$"contacts-{lang}"] = ContactsCard.Build(texts, "Guangzhou",
            [
                new ContactsCard.Row(new Contact("Chen *Jing*", "Guangzhous <b>utbildningsbyrå</b>", "Sektionschef", 1, ContactKind.PartnerCity, "chen@gz.example", "+86 20 0000 0001", "[länk](x)"), "Guangzhou", new DateOnly(2026, 11, 6), ShowsPersonalData: true),
                new ContactsCard.Row(new Contact("Anna Berg", "Utrikesdepartementet", string.Empty, null, ContactKind.SwedishAuthority, "anna@ud.example", string.Empty, string.Empty), null, null, ShowsPersonalData: false),
            ]);
            cards[$"contacts-empty-{lang}"] = ContactsCard.Build(texts, null, []);
            var visitEntry = new RegisterEntry(SearchKind.Visit, "Visits", 4, "Delegation <b>till</b> *Guangzhou*", 1, new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 18), VisitDirection.Outgoing,
                "Linköpings kommun, [länk](x)", ["anna@linkoping.example"], [("Participants", "Li *Wei*\nKarin Öberg"), ("ReportedByEmail", "anna@linkoping.example")], IsOpen: true) { Words = [], PersonalWords = [] };
            cards[$"search-result-owner-{lang}"] = SearchResultCard.Build(texts, new SearchResult(visitEntry, "Guangzhou", ShowsPersonalData: true), new Uri("https://contoso.sharepoint.com/sites/p/Lists/Visits/DispForm.aspx?ID=4"));
            cards[$"search-result-other-{lang}"] = SearchResultCard.Build(texts, new SearchResult(visitEntry, "Guangzhou", ShowsPersonalData: false), null);
            cards[$"visit-correction-form-{lang}"] = VisitCorrectionCard.Build(texts, Partners, new ItemKey("Visits", 4), "0123456789abcdef0123456789abcdef", "\"7\"", new Dictionary<string, string> { ["Title"] = "Delegation till Guangzhou", ["Partner"] = "1", ["Start"] = "2026-11-16", ["End"] = "2026-11-18" }, []);
            cards[$"visit-correction-errors-{lang}"] = VisitCorrectionCard.Build(texts, Partners, new ItemKey("Visits", 4), "0123456789abcdef0123456789abcdef", "\"7\"", FilledValues(), Errors());
            cards[$"visit-correction-changed-meanwhile-{lang}"] = VisitCorrectionCard.Build(texts, Partners, new ItemKey("Visits", 4), "0123456789abcdef0123456789abcdef", "\"7\"", FilledValues(), [], changedMeanwhile: true);
            cards[$"visit-correction-confirmation-{lang}"] = VisitCorrectionCard.Confirmation(texts, new VisitCorrection(4, SampleVisit(), "visit@linkoping.example", DateTimeOffset.UnixEpoch, "0123456789abcdef0123456789abcdef"), "Guangzhou", texts.SubmissionPending, ["29:1user-anna"]);
            cards[$"visit-form-opened-{lang}"] = VisitReportCard.Build(texts, Partners, "s1", OpenedValues(), []);
            cards[$"visit-confirmation-many-lines-{lang}"] = VisitConfirmationCard.Build(texts, ManyLinesVisit(), "Guangzhou");
            cards[$"visit-correction-prefilled-{lang}"] = VisitCorrectionCard.Build(texts, Partners, new ItemKey("Visits", 4), "0123456789abcdef0123456789abcdef", "\"7\"", VisitCorrectionValues.Of(SampleVisit(), CostLines.Format(SampleVisit().Costs)), []);
            cards[$"withdraw-confirmation-{lang}"] = WithdrawConfirmationCard.Build(texts, new ItemKey("Visits", 4), "Delegation <b>till</b> *Guangzhou*", "Guangzhou", new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 18));
            cards[$"goal-form-choose-{lang}"] = GoalUpdateCard.Build(texts, [SampleGoal("Fler kinesiska övernattningar i Linköping"), SampleGoal("Tio studentutbyten per år") with { Id = 8 }], "s2", new Dictionary<string, string>(), []);
            cards[$"upcoming-visits-{lang}"] = ListingCards.UpcomingVisits(texts, [new ListingCards.Row("Delegation till Guangzhou", new DateOnly(2027, 3, 10), "Guangzhou · Utresa")]);
        }

        cards["welcome-every-language"] = InfoCards.WelcomeInEveryLanguage();
        return cards;
    }

    /// <summary>A report with every part that opens on demand in use: more organisations, costs, three follow-ups.</summary>
    private static Dictionary<string, string> OpenedValues() => new()
    {
        ["Title"] = "Skolbesök från Guangzhou",
        ["Partner"] = "1",
        ["Direction"] = "Incoming",
        ["Cost1Organisation"] = "Utbildningsförvaltningen",
        ["Cost1Amount"] = "12 500,50",
        ["Cost4Organisation"] = "Linköpings universitet",
        ["Cost4Amount"] = "8 000 kr",
        ["Participants"] = "Karin Lind\nWang Li",
        ["DelegationWomen"] = "3",
        ["GenderEquality"] = "Yes",
        ["GenderEqualityNote"] = "Jämn könsfördelning i programmet",
        ["FollowUp1Title"] = "Skicka avsiktsförklaring",
        ["FollowUp2Title"] = "Boka återbesök",
        ["FollowUp3Title"] = "Rapport till nämnden",
    };

    /// <summary>A visit whose texts are many short lines: each line is a block of its own on the card.</summary>
    private static Visit ManyLinesVisit() => SampleVisit() with
    {
        Organisations = [.. Enumerable.Range(1, 60).Select(i => $"Organisation {i}, Linköpings kommun")],
        Participants = string.Join('\n', Enumerable.Range(1, 400).Select(i => $"Deltagare {i}")),
        Purpose = string.Join('\n', Enumerable.Range(1, 400).Select(_ => "*")),
        Outcomes = string.Join("\r\n", Enumerable.Range(1, 400).Select(i => $"Resultat {i}")),
    };

    private static Dictionary<string, string> FilledValues() => new()
    {
        ["Title"] = "Delegation <script>alert(1)</script>",
        ["Partner"] = "1",
        ["Start"] = "2026-10-09",
        ["End"] = "2026-10-05",
        ["Themes"] = "Culture,Tourism",
        ["DemocracyDialogue"] = "Yes",
        ["GenderEquality"] = "Yes",
        ["Costs"] = "Kultur: tio",
    };

    private static List<ValidationError> Errors() =>
    [
        new(VisitFields.End, ValidationCode.EndBeforeStart),
        new(VisitFields.Purpose, ValidationCode.Required),
        new(VisitFields.DemocracyDialogueNote, ValidationCode.Required),
        new(VisitFields.Costs, ValidationCode.InvalidNumber),
        new(VisitFields.FollowUp(1, "Owner"), ValidationCode.InvalidEmail),
    ];

    private static Stored<Goal> SampleGoal(string title) =>
        new(7, new Goal(title, 1, ThematicArea.Tourism, "turism@linkoping.example", "Antal gästnätter", 30000m, 24000m, GoalStatus.AtRisk, null, null));

    /// <summary>A visit with every text at the longest the register takes, in letters that take two bytes and markdown that is escaped.</summary>
    private static Visit LongestVisit() => SampleVisit() with
    {
        Participants = new string('ä', 4000),
        Purpose = new string('*', 4000),
        DemocracyDialogueNote = new string('å', 4000),
        GenderEqualityNote = new string('ä', 4000),
        Outcomes = new string('ö', 8000),
        Costs = [.. Enumerable.Range(1, 4).Select(i => new OrganisationCost(new string('O', 255), 10_000_000m))],
        FollowUps = [.. Enumerable.Range(1, 3).Select(i => new FollowUpAction(new string('T', 255), "anna@linkoping.example", new DateOnly(2026, 12, 1), ThematicArea.Tourism, new string('O', 255)))],
    };

    private static Visit SampleVisit() => new(
        "Delegation *till* Guangzhou", 1, VisitDirection.Outgoing, new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 9),
        ["Kommunledningskontoret"], "Anna", "Uppföljning", [ThematicArea.ResearchAndHigherEducation, ThematicArea.Tourism],
        DemocracyDialogue.Yes, "Presentation", null, [new OrganisationCost("Kommunledningskontoret", 42000m)],
        [new FollowUpAction("Skicka avsiktsförklaring", "anna@linkoping.example", new DateOnly(2026, 12, 1), ThematicArea.Tourism)],
        "anna@linkoping.example", DateTimeOffset.UnixEpoch, "s1",
        GenderEquality.Yes, "Jämn könsfördelning i delegationen", new DelegationComposition(2, 3, null));
}
