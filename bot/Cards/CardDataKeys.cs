namespace PartnershipTeams.Bot.Cards;

/// <summary>The names of the values the bot puts on its own card buttons, beside the inputs the user fills in.</summary>
public static class CardDataKeys
{
    public const string SubmissionId = "submissionId";
    public const string Command = "command";
    public const string Item = "item";

    /// <summary>The ETag of the item a form was pre-filled from: another one at submit means someone changed the item meanwhile.</summary>
    public const string BasedOn = "basedOn";
}
