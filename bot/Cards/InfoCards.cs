using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;

namespace PartnershipTeams.Bot.Cards;

/// <summary>The welcome and help cards: what the bot is for and the commands it understands.</summary>
public static class InfoCards
{
    public static JsonObject Welcome(BotTexts texts) => CardJson.Card(
        [CardJson.Heading(texts.WelcomeTitle), CardJson.Text(texts.WelcomeBody), CommandList(texts)],
        [CommandButton(texts.Commands[0].Command)]);

    public static JsonObject Help(BotTexts texts, bool notUnderstood = false) => CardJson.Card(
        [CardJson.Heading(texts.HelpTitle), CardJson.Text(notUnderstood ? texts.NotUnderstood : texts.HelpIntro), CommandList(texts)],
        texts.Commands.Take(4).Select(c => (JsonNode)CommandButton(c.Command)));

    /// <summary>"Did you mean …?": a button for each command the text may mean, none chosen for the user.</summary>
    public static JsonObject WhichCommand(BotTexts texts, IEnumerable<string> commandNames) => CardJson.Card(
        [CardJson.Text(texts.WhichCommand)],
        commandNames.Select(n => (JsonNode)CommandButton(texts.CommandWords(n)[0])));

    /// <summary>A button that runs a command as if it were typed.</summary>
    public const string CommandVerb = "command";

    private static JsonObject CommandButton(string command) => CardJson.Submit(command, CommandVerb, new JsonObject { [CardDataKeys.Command] = command });

    private static JsonObject CommandList(BotTexts texts) => CardJson.Facts(texts.Commands.Select(c => ($"**{c.Command}**", c.Description)));
}
