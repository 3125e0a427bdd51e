namespace PartnershipTeams.Core.Validation;

/// <summary>Field names of the activity card ("Update now" for a follow-up) that validation errors point at (the card's input ids).</summary>
public static class ActivityUpdateFields
{
    public const string Status = "ActivityStatus";
    public const string Due = "FollowUpDue";
}
