using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnershipTeams.Core.Operations;

/// <summary>How typed values are kept as text in a state table, the same way in every store; and which names are allowed.</summary>
public static partial class StateValues
{
    /// <summary>The longest value a state table keeps (a submission's JSON); stores split longer ones as they must.</summary>
    public const int MaxValueLength = 60_000;

    public static string Instant(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) ? instant : null;

    public static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    public static int Number(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;

    public static string Flag(bool flag) => flag ? "true" : "false";

    public static bool Flag(string? text) => text == "true";

    /// <summary>A value name every store can hold as a column or property: a letter, then letters and digits.</summary>
    public static bool IsName(string name) => Name().IsMatch(name);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,47}$")]
    private static partial Regex Name();
}
