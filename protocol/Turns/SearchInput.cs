namespace PartnershipTeams.Protocol.Turns;

/// <summary>
/// A search typed into the message extension (Teams' composeExtension/query): the command, the words (empty when
/// nothing was typed yet), and the page asked for. The protocol has already bounded the page; the words are as typed.
/// </summary>
public sealed record SearchInput(string CommandId, string Text, int Skip, int Count) : TurnInput;
