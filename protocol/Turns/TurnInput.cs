namespace PartnershipTeams.Protocol.Turns;

/// <summary>
/// What the user did in a turn, as the protocol read it from the activity. The protocol checks the shape once;
/// conversations never see malformed input, only these.
/// </summary>
public abstract record TurnInput;

/// <summary>Typed text: a command.</summary>
public sealed record TextInput(string Text) : TurnInput;

/// <summary>A card button pressed: its verb, and the card's values (its inputs and the button's data) as text.</summary>
public sealed record CardInput(string? Verb, IReadOnlyDictionary<string, string> Values) : TurnInput
{
    /// <summary>A value of the card, or null when it is missing or empty.</summary>
    public string? Value(string name) => Values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}

/// <summary>The bot was added to the conversation (installed) or removed from it.</summary>
public sealed record MembershipInput(bool BotAdded) : TurnInput;

/// <summary>Anything else Teams sends (typing, reactions, the user joining a team): acknowledged and ignored.</summary>
public sealed record OtherInput : TurnInput;
