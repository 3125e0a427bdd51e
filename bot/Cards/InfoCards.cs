using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Texts;

namespace PartnershipTeams.Bot.Cards;

/// <summary>The welcome and help cards: what the bot is for and the commands it understands.</summary>
public static class InfoCards
{
    public static JsonObject Welcome(BotTexts texts) => CardJson.Card(
        [CardJson.Heading(texts.WelcomeTitle), CardJson.Text(texts.WelcomeBody), CommandList(texts)],
        [CommandButton(texts.Commands[0].Command)]);

    /// <summary>
    /// The welcome where Teams did not say the person's language (its conversationUpdate carries no locale): every
    /// language the bot speaks, each with the word for help in it, so nobody is welcomed only in a language they do not read.
    /// </summary>
    public static JsonObject WelcomeInEveryLanguage()
    {
        var languages = Core.Texts.Languages.Supported.Select(BotTexts.For).ToList();
        var body = new List<JsonNode> { CardJson.Heading(string.Join(" · ", languages.Select(t => t.WelcomeTitle))) };
        body.AddRange(languages.Select((t, i) => (JsonNode)CardJson.Text(t.WelcomeBody, isSubtle: i > 0)));
        return CardJson.Card(body, languages.Select(t => (JsonNode)CommandButton(t.CommandWords("Help")[0])));
    }

    public static JsonObject Help(BotTexts texts, bool notUnderstood = false) => CardJson.Card(
        [CardJson.Heading(texts.HelpTitle), CardJson.Text(notUnderstood ? texts.NotUnderstood : texts.HelpIntro), CommandList(texts)],
        ButtonCommands.Select(n => (JsonNode)CommandButton(texts.CommandWords(n)[0])));

    /// <summary>
    /// The commands help offers as buttons: those a press runs whole (not the review, which needs a partner's name; not
    /// the digest, for coordinators; not help itself). Teams shows at most six buttons on a card.
    /// </summary>
    private static readonly string[] ButtonCommands = ["ReportVisit", "UpdateGoal", "MyFollowUps", "UpcomingVisits", "MyVisits"];

    /// <summary>"Did you mean …?": a button for each command the text may mean, none chosen for the user.</summary>
    public static JsonObject WhichCommand(BotTexts texts, IEnumerable<string> commandNames) => CardJson.Card(
        [CardJson.Text(texts.WhichCommand)],
        commandNames.Select(n => (JsonNode)CommandButton(texts.CommandWords(n)[0])));

    /// <summary>A button that runs a command as if it were typed.</summary>
    public const string CommandVerb = "command";

    private static JsonObject CommandButton(string command) => CardJson.Submit(command, CommandVerb, new JsonObject { [CardDataKeys.Command] = command });

    private static JsonObject CommandList(BotTexts texts) => CardJson.Facts(texts.Commands.Select(c => ($"**{c.Command}**", c.Description)));
}
