using System.Globalization;
using System.Text;

namespace PartnershipTeams.Core.Search;

/// <summary>
/// Text as people type it when they look for something: lower case, without diacritics (å/ä/ö typed or not), with
/// hyphens and punctuation as spaces ("Uppföljningar!" → "uppfoljningar"). Commands and searches fold alike.
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) || c == '?' ? c : ' ');
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The folded words of a text.</summary>
    public static string[] Words(string? text) => Fold(text).Replace("?", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether <paramref name="phrase"/> appears in <paramref name="text"/> as whole words, folded ("Li Wei" in "Möte med li wei, Guangzhou").</summary>
    public static bool Mentions(string? text, string? phrase)
    {
        var wanted = Fold(phrase);
        return wanted.Length > 0 && $" {Fold(text)} ".Contains($" {wanted} ", StringComparison.Ordinal);
    }
}
