namespace PartnershipTeams.Bot.Texts;

/// <summary>Everything the bot says, in one language; <see cref="Swedish"/> is the default, <see cref="English"/> when the client asks.</summary>
public sealed partial record BotTexts
{
    public required bool IsEnglish { get; init; }

    public required string WelcomeTitle { get; init; }
    public required string WelcomeBody { get; init; }
    public required string HelpTitle { get; init; }
    public required string HelpIntro { get; init; }
    public required string NotUnderstood { get; init; }
    public required IReadOnlyList<(string Command, string Description)> Commands { get; init; }

    public required string VisitFormTitle { get; init; }
    public required string VisitFormIntro { get; init; }
    public required string VisitTitleLabel { get; init; }
    public required string PartnerLabel { get; init; }
    public required string DirectionLabel { get; init; }
    public required string StartLabel { get; init; }
    public required string EndLabel { get; init; }
    public required string OrganisationsLabel { get; init; }
    public required string ParticipantsLabel { get; init; }
    public required string PurposeLabel { get; init; }
    public required string ThemesLabel { get; init; }
    public required string DemocracyLabel { get; init; }
    public required string DemocracyNoteLabel { get; init; }
    public required string OutcomesLabel { get; init; }
    public required string CostsLabel { get; init; }
    public required string CostsPlaceholder { get; init; }
    public required string FollowUpHeading { get; init; }
    public required string FollowUpTitleLabel { get; init; }
    public required string FollowUpOwnerLabel { get; init; }
    public required string FollowUpDueLabel { get; init; }
    public required string SubmitVisit { get; init; }
    public required string FixErrors { get; init; }
    public required string VisitReceivedTitle { get; init; }
    public required string VisitReceivedBody { get; init; }

    public required string GoalFormTitle { get; init; }
    public required string GoalLabel { get; init; }
    public required string StatusLabel { get; init; }
    public required string CurrentLabel { get; init; }
    public required string CommentLabel { get; init; }
    public required string SubmitGoal { get; init; }
    public required string NoGoals { get; init; }
    public required string GoalReceivedTitle { get; init; }
    public required string GoalReceivedBody { get; init; }

    public required string FollowUpsTitle { get; init; }
    public required string NoFollowUps { get; init; }
    public required string DueLabel { get; init; }
    public required string UpcomingVisitsTitle { get; init; }
    public required string NoUpcomingVisits { get; init; }

    public required string StoreUnavailable { get; init; }

    public required string ReminderTitle { get; init; }
    public required string ReminderDueIn { get; init; }
    public required string ReminderOverdue { get; init; }
    public required string UpdateNow { get; init; }
    public required string SnoozeWeek { get; init; }
    public required string MarkDone { get; init; }
    public required string SnoozedTo { get; init; }
    public required string CannotSnooze { get; init; }
    public required string MarkedDone { get; init; }
    public required string ItemGone { get; init; }
    public required string ActivityFormTitle { get; init; }
    public required string SaveActivity { get; init; }
    public required string ActivitySaved { get; init; }
    public required string DigestTitle { get; init; }
    public required string DigestDueSoon { get; init; }
    public required string DigestOverdue { get; init; }
    public required string DigestVisitsThisWeek { get; init; }
    public required string DigestNothing { get; init; }
    public required string DigestUncertainReminders { get; init; }
    public required string DigestStuckSubmissions { get; init; }

    public static BotTexts For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Swedish;

    /// <summary>The texts for a client's locale under the organisation's language setting ("auto", "sv" or "en").</summary>
    public static BotTexts For(string? locale, string language) => language switch
    {
        "sv" => Swedish,
        "en" => English,
        _ => For(locale),
    };
}
