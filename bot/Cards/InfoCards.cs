using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;

namespace PartnershipTeams.Bot.Cards;

/// <summary>The welcome and help cards: what the bot is for and the commands it understands.</summary>
public static class InfoCards
{
    public static JsonObject Welcome(BotTexts texts) => CardJson.Card(
        [CardJson.Heading(texts.WelcomeTitle), CardJson.Text(texts.WelcomeBody), CommandList(texts)],
        [CardJson.Submit(texts.Commands[0].Command, CommandVerb, new JsonObject { ["command"] = texts.Commands[0].Command })]);

    public static JsonObject Help(BotTexts texts, bool notUnderstood = false) => CardJson.Card(
        [CardJson.Heading(texts.HelpTitle), CardJson.Text(notUnderstood ? texts.NotUnderstood : texts.HelpIntro), CommandList(texts)],
        texts.Commands.Take(4).Select(c => (JsonNode)CardJson.Submit(c.Command, CommandVerb, new JsonObject { ["command"] = c.Command })));

    /// <summary>A button that runs a command as if it were typed.</summary>
    public const string CommandVerb = "command";

    private static JsonObject CommandList(BotTexts texts) => CardJson.Facts(texts.Commands.Select(c => ($"**{c.Command}**", c.Description)));
}
