using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipTeams.Core.Validation;

/// <summary>
/// Reads a number as Swedish staff write it: decimal comma ("1200,50"), spaces between thousands ("45 000",
/// also no-break and thin spaces), a unit after it ("kr", "SEK", ":-"), and the decimal point some use ("1200.50").
/// What could be read two ways ("1.200": a thousand or one point two?) is refused, never guessed.
/// </summary>
public static partial class SwedishNumber
{
    /// <summary>The longest number text a card's input takes ("12 500 000,50 kr" with room to spare); longer is not a number.</summary>
    public const int MaxLength = 30;

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxLength)
        {
            return false;
        }

        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var normalized = Normalize(Spaces().Replace(match.Groups["number"].Value, " "));
        if (normalized is null)
        {
            return false;
        }

        var negative = match.Groups["sign"].Success;
        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var magnitude))
        {
            return false;
        }

        value = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>The digits with "." as the decimal mark and no group separators, or null when ambiguous or malformed.</summary>
    private static string? Normalize(string number)
    {
        var decimalMark = DecimalMark(number);
        if (decimalMark == Ambiguous)
        {
            return null;
        }

        var split = decimalMark is { } mark ? number.LastIndexOf(mark) : number.Length;
        var whole = number[..split];
        var fraction = split < number.Length ? number[(split + 1)..] : string.Empty;
        if (fraction.Any(c => !char.IsAsciiDigit(c)) || (decimalMark is not null && fraction.Length == 0))
        {
            return null;
        }

        // Every other mark groups thousands: one to three digits first, then groups of exactly three.
        var groups = whole.Split([' ', ',', '.']);
        if (groups[0].Length is < 1 || (groups.Length > 1 && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3))))
        {
            return null;
        }

        return string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : string.Empty);
    }

    private const char Ambiguous = '?';

    /// <summary>
    /// The decimal mark: with both "," and ".", the last one; a single "," always (Swedish); a single "." unless
    /// exactly three digits follow it ("1.200" is ambiguous); a mark that repeats groups thousands.
    /// </summary>
    private static char? DecimalMark(string number)
    {
        var commas = number.Count(c => c == ',');
        var points = number.Count(c => c == '.');
        if (commas > 0 && points > 0)
        {
            return number.LastIndexOf(',') > number.LastIndexOf('.') ? ',' : '.';
        }

        if (commas == 1)
        {
            return ',';
        }

        if (points == 1)
        {
            return number.Length - number.IndexOf('.', StringComparison.Ordinal) - 1 == 3 ? Ambiguous : '.';
        }

        return null;
    }

    [GeneratedRegex(@"^(?<sign>[-\u2212])?\s*(?<number>\d[\d\s\u00a0\u2009\u202f.,]*?)\s*(kr\.?|kronor|sek|:-)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"[\s\u00a0\u2009\u202f]")]
    private static partial Regex Spaces();
}
