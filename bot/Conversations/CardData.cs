using System.Text.RegularExpressions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The data the bot puts on its own card buttons, read back as it was written: a submission id is the 32 hex digits
/// the bot made. Anything else did not come from our card, and the turn is refused as malformed.
/// </summary>
public static partial class CardData
{
    /// <summary>A new submission id for a form card.</summary>
    public static string NewSubmissionId() => Guid.NewGuid().ToString("N");

    /// <summary>The submission id the form card carries.</summary>
    public static string SubmissionIdOf(CardInput card) =>
        card.Value(CardDataKeys.SubmissionId) is { } id && SubmissionIdShape().IsMatch(id)
            ? id
            : throw new MalformedTurnException("The card's submission id is missing or malformed.");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex SubmissionIdShape();
}
