namespace PartnershipTeams.Bot.Texts;

/// <summary>Texts of the visit report's parts that open on demand, its equality questions, and of withdrawing a report.</summary>
public sealed partial class BotTexts
{
    public string MoreOrganisationsLabel => Text();

    public string AmountPlaceholder => Text();

    public string MoreOrganisations => Text();

    public string AddCosts => Text();

    public string CompositionLabel => Text();

    public string WomenLabel => Text();

    public string MenLabel => Text();

    public string OtherOrNotStatedLabel => Text();

    public string GenderEqualityLabel => Text();

    public string GenderEqualityNoteLabel => Text();

    public string FollowUpsHeading => Text();

    public string FollowUpsIntro => Text();

    public string AddFollowUp => Text();

    public string AddAnotherFollowUp => Text();

    public string SameAsTheVisitsOrganisation => Text();

    public string WithdrawConfirmTitle => Text();

    public string WithdrawConfirm => Text();

    public string WithdrawCancel => Text();

    /// <summary>What withdrawing does, asked before it is done; <paramref name="title"/> as it should be shown (escaped for a card).</summary>
    public string WithdrawConfirmBody(string title) => Format(nameof(WithdrawConfirmBody), title);

    /// <summary>Short names of the equality questions and answers, for the confirmation's facts (the questions are long).</summary>
    public string DemocracyFact => Text();

    public string DemocracyNoteFact => Text();

    public string GenderEqualityFact => Text();

    public string GenderEqualityNoteFact => Text();

    public string CompositionFact => Text();

    public string ParticipantsFact => Text();

    /// <summary>The delegation's counts in words, each with its noun in the right number: "3 kvinnor · 1 man".</summary>
    public string Composition(int? women, int? men, int? otherOrNotStated) => string.Join(" · ", new[]
    {
        women is { } w ? Count("Women", w) : null,
        men is { } m ? Count("Men", m) : null,
        otherOrNotStated is { } o ? Count("OtherOrNotStated", o) : null,
    }.OfType<string>());

    public string GoalChooseIntro => Text();

    public string ChooseGoal => Text();
}
