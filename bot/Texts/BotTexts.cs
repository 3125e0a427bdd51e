using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Bot.Texts;

/// <summary>
/// Everything the bot (and the register browser) says, in one language: Texts.resx is Swedish, Texts.{lang}.resx
/// the others (see <see cref="Languages"/>). Each property reads the key of its own name.
/// </summary>
public sealed partial class BotTexts : ResourceTexts
{
    private static readonly ResourceManager Resources = new("PartnershipTeams.Bot.Texts.Texts", typeof(BotTexts).Assembly);
    private static readonly ConcurrentDictionary<CultureInfo, BotTexts> ByCulture = new();

    private BotTexts(CultureInfo culture)
        : base(Resources, culture) => Domain = DomainTexts.For(culture);

    public static BotTexts For(CultureInfo culture) => ByCulture.GetOrAdd(culture, c => new BotTexts(c));

    /// <summary>Validation messages and choice labels in the same language.</summary>
    public DomainTexts Domain { get; }

    /// <summary>Each command (<see cref="Conversations.BotCommands"/>) as help shows it: the first of its words, and what it does.</summary>
    public IReadOnlyList<(string Command, string Description)> Commands => [.. Conversations.BotCommands.Names.Select(n => (CommandWords(n)[0], Text($"Command.{n}.Description")))];

    /// <summary>The words a user may type for a command in this language.</summary>
    public IReadOnlyList<string> CommandWords(string commandName) =>
        Text($"Command.{commandName}").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public string WelcomeTitle => Text();
    public string WelcomeBody => Text();
    public string HelpTitle => Text();
    public string HelpIntro => Text();
    public string NotUnderstood => Text();
    public string WhichCommand => Text();

    public string VisitFormTitle => Text();
    public string VisitFormIntro => Text();
    public string VisitTitleLabel => Text();
    public string PartnerLabel => Text();
    public string DirectionLabel => Text();
    public string StartLabel => Text();
    public string EndLabel => Text();
    public string OrganisationsLabel => Text();
    public string ParticipantsLabel => Text();
    public string PurposeLabel => Text();
    public string ThemesLabel => Text();
    public string DemocracyLabel => Text();
    public string DemocracyNoteLabel => Text();
    public string OutcomesLabel => Text();
    public string CostsHeading => Text();
    public string CostsIntro => Text();
    public string CostAmountLabel => Text();
    public string TotalCostLabel => Text();
    public string FollowUpHeading => Text();
    public string FollowUpTitleLabel => Text();
    public string FollowUpOwnerLabel => Text();
    public string FollowUpDueLabel => Text();
    public string FollowUpThemeLabel => Text();
    public string FollowUpOrganisationLabel => Text();
    public string SameAsTheVisit => Text();
    public string SubmitVisit => Text();
    public string FixErrors => Text();
    public string VisitReceivedTitle => Text();
    public string VisitReceivedBody => Text();

    public string GoalFormTitle => Text();
    public string GoalLabel => Text();
    public string StatusLabel => Text();
    public string CurrentLabel => Text();
    public string IndicatorLabel => Text();
    public string TargetLabel => Text();
    public string NextReviewLabel => Text();
    public string CommentLabel => Text();
    public string SubmitGoal => Text();
    public string NoGoals => Text();
    public string GoalReceivedTitle => Text();
    public string GoalReceivedBody => Text();

    public string FollowUpsTitle => Text();
    public string NoFollowUps => Text();
    public string DueLabel => Text();
    public string UpcomingVisitsTitle => Text();
    public string NoUpcomingVisits => Text();

    public string StoreUnavailable => Text();

    public string ReminderTitle => Text();
    public string UpdateNow => Text();
    public string SnoozeWeek => Text();
    public string MarkDone => Text();
    public string CannotSnooze => Text();
    public string MarkedDone => Text();
    public string ItemGone => Text();
    public string ActivityFormTitle => Text();
    public string SaveActivity => Text();
    public string ActivitySaved => Text();
    public string DigestTitle => Text();
    public string DigestDueSoon => Text();
    public string DigestOverdue => Text();
    public string DigestVisitsThisWeek => Text();
    public string DigestNothing => Text();
    public string DigestUncertainReminders => Text();
    public string DigestStuckSubmissions => Text();

    public string ReviewPersonalChatOnly => Text();
    public string ReviewWhichPartner => Text();
    public string ReviewDeclined => Text();
    public string OpenReviewDraft => Text();

    public string ReviewUnknownPartner(string partner) => Format(nameof(ReviewUnknownPartner), partner);

    public string ReviewOnlyCoordinators(string partner) => Format(nameof(ReviewOnlyCoordinators), partner);

    public string ReviewFileDescription(string title) => Format(nameof(ReviewFileDescription), title);

    public string ReviewSavedTo(string url) => Format(nameof(ReviewSavedTo), url);

    public string ReminderDueIn(string date, int daysLeft) => Format(nameof(ReminderDueIn), date, Count("InDays", daysLeft));

    public string ReminderOverdue(string date) => Format(nameof(ReminderOverdue), date);

    public string SnoozedTo(string date) => Format(nameof(SnoozedTo), date);

    /// <summary>The label of the n-th cost row's organisation: "Organisation 2".</summary>
    public string CostOrganisationLabel(int row) => Format(nameof(CostOrganisationLabel), row);
}
