using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using PartnershipTeams.Core.Validation;

namespace PartnershipTeams.Core.Texts;

/// <summary>
/// The domain's words in one language (DomainTexts.resx, Swedish; DomainTexts.{lang}.resx): what a validation problem
/// says, and how a stored choice value reads to a person.
/// </summary>
public sealed class DomainTexts : ResourceTexts
{
    private static readonly ResourceManager Resources = new("PartnershipTeams.Core.Texts.DomainTexts", typeof(DomainTexts).Assembly);
    private static readonly ConcurrentDictionary<CultureInfo, DomainTexts> ByCulture = new();

    private DomainTexts(CultureInfo culture)
        : base(Resources, culture)
    {
    }

    public static DomainTexts For(CultureInfo culture) => ByCulture.GetOrAdd(culture, c => new DomainTexts(c));

    /// <summary>What the register shows where personal data was removed at the end of its retention period.</summary>
    public string RemovedAfterRetention => Text();

    /// <summary>The message for a validation problem, with the limit or range it names.</summary>
    public string Describe(ValidationError error) =>
        TextOrNull($"Validation.{error.Code}") is { } text
            ? string.Format(Culture, text, (object?)error.Limit ?? error.Detail)
            : Text("Validation.Invalid");

    /// <summary>The label of a stored choice value, or the value itself when it has none (e.g. "systerort").</summary>
    public string Label(string storedValue) => TextOrNull($"Choice.{storedValue}") ?? storedValue;

    /// <summary>
    /// A country as the register names it (in Swedish, "Kina"), in this language where the product knows the name, else as
    /// the register has it.
    /// </summary>
    public string Country(string stored) => TextOrNull($"Country.{stored.Trim()}") ?? stored;

    /// <summary>A yes/no column's value: "Ja" or "Nej".</summary>
    public string YesOrNo(bool value) => Text(value ? "Flag.True" : "Flag.False");

    public string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum => Label(value.ToString());
}
