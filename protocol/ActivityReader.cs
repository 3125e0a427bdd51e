using System.Globalization;
using System.Text.Json;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// Reads what the user did from an activity (the typed fields are checked by deserialisation already, duplicate
/// property names included; this checks the free-form <c>value</c> of card actions). A card's values must be a flat
/// object of text, numbers or yes/no, as Adaptive Cards send them, with a text verb; anything else is a malformed
/// activity, answered 400 by the endpoint.
/// </summary>
public static class ActivityReader
{
    /// <summary>Teams may add its own object to a card's data; it is not the user's input.</summary>
    private const string TeamsData = "msteams";

    public static (TurnInput? Input, string? Problem) Read(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message when activity.Value is { ValueKind: not JsonValueKind.Null } value => ReadCard(value, verb: null),
        ActivityTypes.Message => SharedCards.TypedText(activity) is { } typed ? (new TextInput(typed), null) : (new OtherInput(), null),
        ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction => ReadInvoke(activity.Value),
        ActivityTypes.Invoke when activity.Name == ActivityTypes.FileConsent => FileConsentReader.Read(activity.Value),
        ActivityTypes.Invoke when activity.Name == ActivityTypes.ComposeExtensionQuery => SearchQueryReader.Read(activity.Value),
        ActivityTypes.InstallationUpdate => (Membership(activity.Action is "add" or "add-upgrade", activity.Action is "remove" or "remove-upgrade"), null),
        ActivityTypes.ConversationUpdate => (Membership(Names(activity.MembersAdded, activity.Recipient), Names(activity.MembersRemoved, activity.Recipient)), null),
        _ => (new OtherInput(), null),
    };

    private static TurnInput Membership(bool added, bool removed) =>
        added ? new MembershipInput(BotAdded: true) : removed ? new MembershipInput(BotAdded: false) : new OtherInput();

    private static bool Names(IList<ChannelAccount>? members, ChannelAccount? bot) =>
        bot?.Id is { } botId && members?.Any(m => m.Id == botId) == true;

    /// <summary>An adaptiveCard/action invoke: value.action holds the verb and the data (Universal Actions).</summary>
    private static (TurnInput?, string?) ReadInvoke(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } invoke
            || !invoke.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return (null, "an adaptiveCard/action invoke needs value.action as an object");
        }

        var verb = action.TryGetProperty("verb", out var verbNode) ? verbNode : default;
        if (verb.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return (null, "value.action.verb must be text");
        }

        var data = action.TryGetProperty("data", out var dataNode) && dataNode.ValueKind != JsonValueKind.Null ? dataNode : (JsonElement?)null;
        return data is { } d ? ReadCard(d, verb.ValueKind == JsonValueKind.String ? verb.GetString() : null) : (new CardInput(verb.ValueKind == JsonValueKind.String ? verb.GetString() : null, new Dictionary<string, string>()), null);
    }

    private static (TurnInput?, string?) ReadCard(JsonElement data, string? verb)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return (null, "a card's values must be an object");
        }

        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.String:
                    read[property.Name] = value.GetString()!;
                    break;
                case JsonValueKind.Number:
                    read[property.Name] = value.GetRawText();
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    read[property.Name] = value.ValueKind == JsonValueKind.True ? "true" : "false";
                    break;
                case JsonValueKind.Object when property.Name == TeamsData:
                    break;
                default:
                    return (null, string.Create(CultureInfo.InvariantCulture, $"the card value '{Shorten(property.Name)}' must be text, a number or yes/no"));
            }
        }

        if (verb is null && data.TryGetProperty("verb", out var ownVerb) && ownVerb.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            return (null, "the card's verb must be text");
        }

        return (new CardInput(verb ?? read.GetValueOrDefault("verb"), read), null);
    }

    private static string Shorten(string name) => name.Length > 40 ? name[..40] + "…" : name;
}
