using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>A card's submitted inputs as the strings the user left in them (what the card shows again on an error).</summary>
public static class CardValues
{
    /// <summary>The button data the bot puts on its own cards; not the user's input.</summary>
    private static readonly HashSet<string> NotInputs = ["verb", CardDataKeys.SubmissionId, CardDataKeys.Command, CardDataKeys.Item];

    public static Dictionary<string, string> From(CardInput card) =>
        card.Values.Where(v => !NotInputs.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}
