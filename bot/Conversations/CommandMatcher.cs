using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Search;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// Which command a person meant, in any supported language, the way people type: without å/ä/ö ("hjalp"), a
/// beginning ("rapportera"), or the command's words inside a sentence ("jag vill rapportera ett besök"). It never
/// guesses between commands: when the text fits more than one, all of them are returned and the user is asked.
/// </summary>
public sealed class CommandMatcher
{
    private const int ShortestBeginning = 3;

    private readonly List<(string Command, string Phrase, string[] Words)> phrases;

    public CommandMatcher(IEnumerable<string> commandNames)
    {
        phrases = [.. from name in commandNames
                      from culture in Languages.Supported
                      from word in BotTexts.For(culture).CommandWords(name)
                      let phrase = Fold(word)
                      select (name, phrase, Words(phrase))];
    }

    /// <summary>The commands the text may mean: one when it is clear, several when the user must choose, none when nothing fits.</summary>
    public IReadOnlyList<string> Match(string text)
    {
        var folded = Fold(CommandText.Normalize(text));
        if (folded.Length == 0)
        {
            return [];
        }

        var exact = Commands(p => p.Phrase == folded);
        if (exact.Count > 0)
        {
            return exact;
        }

        var words = Words(folded);
        var beginning = Commands(p => folded.Length >= ShortestBeginning && p.Phrase.StartsWith(folded, StringComparison.Ordinal));
        var wholePhraseInText = Commands(p => p.Words.All(w => words.Contains(w)));
        var someWordInText = Commands(p => p.Words.Any(w => w.Length >= ShortestBeginning && words.Contains(w)));
        return new[] { beginning, wholePhraseInText, someWordInText }.FirstOrDefault(c => c.Count > 0) ?? [];
    }

    private List<string> Commands(Func<(string Command, string Phrase, string[] Words), bool> fits) =>
        [.. phrases.Where(fits).Select(p => p.Command).Distinct()];

    private static string[] Words(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Lower case, without diacritics, with hyphens and punctuation as spaces: "Uppföljningar!" → "uppfoljningar" (the register's search folds alike).</summary>
    internal static string Fold(string text) => SearchText.Fold(text);
}
