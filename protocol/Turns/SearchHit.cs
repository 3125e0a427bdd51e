using System.Text.Json.Nodes;

namespace PartnershipTeams.Protocol.Turns;

/// <summary>One result of a search: the Adaptive Card that goes into the chat when chosen, and its preview in the result list (a title and a line of text).</summary>
public sealed record SearchHit(JsonObject Card, string Title, string Text);
