namespace PartnershipTeams.Core.Validation;

/// <summary>Field names of the visit report that validation errors point at (the card's input ids).</summary>
public static class VisitFields
{
    public const string Title = "Title";
    public const string Partner = "Partner";
    public const string Direction = "Direction";
    public const string Start = "Start";
    public const string End = "End";
    /// <summary>Organisations one per line: the card's field for those beyond its rows (and the only one on cards sent before it had rows).</summary>
    public const string Organisations = "Organisations";
    public const string Participants = "Participants";
    public const string Purpose = "Purpose";
    public const string Themes = "Themes";
    public const string DemocracyDialogue = "DemocracyDialogue";
    public const string DemocracyDialogueNote = "DemocracyDialogueNote";
    public const string GenderEquality = "GenderEquality";
    public const string GenderEqualityNote = "GenderEqualityNote";

    /// <summary>The delegation's composition: how many women, men, and others or not stated (the Visits list's column names).</summary>
    public const string Women = "DelegationWomen";
    public const string Men = "DelegationMen";
    public const string OtherOrNotStated = "DelegationOtherOrNotStated";
    public const string Outcomes = "Outcomes";

    /// <summary>The single cost field of cards sent before costs had a row each ("Organisation: belopp" per line).</summary>
    public const string Costs = "Costs";

    /// <summary>
    /// The field of the n-th (1-based) organisation row, an organisation and what it paid: <c>Cost1Organisation</c>,
    /// <c>Cost1Amount</c> (the names of the cost rows the rows replaced, so a card sent before still reads the same).
    /// </summary>
    public static string Cost(int number, string part) => $"Cost{number}{part}";

    /// <summary>The field of the n-th (1-based) follow-up action, e.g. <c>FollowUp1Due</c>.</summary>
    public static string FollowUp(int number, string part) => $"FollowUp{number}{part}";
}
