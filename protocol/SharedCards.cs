using System.Text.RegularExpressions;

namespace PartnershipTeams.Protocol;

/// <summary>
/// A card someone shared into the chat from a message extension (a search result chosen in the compose box) also reaches
/// the bot as a message: Teams' client puts the card in the attachments and marks it in the text with an
/// <c>inline-compose-card</c> span (seen from the Agents Playground: <c>&lt;span class="inline-compose-card"
/// itemtype="http://schema.skype.com/InputExtension"&gt;…&lt;/span&gt;</c>). That is not a command: what the person typed
/// beside it, if anything, is.
/// </summary>
public static partial class SharedCards
{
    /// <summary>The text without the shared card's marker; null when the message is only a shared card.</summary>
    public static string? TypedText(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var typed = InlineComposeCard().Replace(text, string.Empty);
        var sharedACard = typed.Length != text.Length || activity.Attachments?.Any(a => a.ContentType == Attachment.AdaptiveCardType) == true;
        return sharedACard && string.IsNullOrWhiteSpace(typed) ? null : typed;
    }

    [GeneratedRegex("""<span[^>]*\binline-compose-card\b[^>]*>.*?</span>""", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineComposeCard();
}
