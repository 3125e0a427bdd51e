namespace PartnershipTeams.Core.Validation;

/// <summary>Field names of the visit report that validation errors point at (the card's input ids).</summary>
public static class VisitFields
{
    public const string Title = "Title";
    public const string Partner = "Partner";
    public const string Direction = "Direction";
    public const string Start = "Start";
    public const string End = "End";
    public const string Organisations = "Organisations";
    public const string Participants = "Participants";
    public const string Purpose = "Purpose";
    public const string Themes = "Themes";
    public const string DemocracyDialogue = "DemocracyDialogue";
    public const string DemocracyDialogueNote = "DemocracyDialogueNote";
    public const string Outcomes = "Outcomes";

    /// <summary>The single cost field of cards sent before costs had a row each ("Organisation: belopp" per line).</summary>
    public const string Costs = "Costs";

    /// <summary>The field of the n-th (1-based) cost row: <c>Cost1Organisation</c>, <c>Cost1Amount</c>.</summary>
    public static string Cost(int number, string part) => $"Cost{number}{part}";

    /// <summary>The field of the n-th (1-based) follow-up action, e.g. <c>FollowUp1Due</c>.</summary>
    public static string FollowUp(int number, string part) => $"FollowUp{number}{part}";
}
