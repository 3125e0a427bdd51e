using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace PartnershipTeams.Core.Texts;

/// <summary>
/// Texts read from a .resx resource set in one culture: the neutral file is Swedish, one file per other language
/// (<c>Texts.en.resx</c>); a key missing in a language falls back to Swedish. Properties name their key.
/// </summary>
public abstract class ResourceTexts(ResourceManager resources, CultureInfo culture)
{
    public CultureInfo Culture { get; } = culture;

    /// <summary>The text under <paramref name="key"/>; a key that is not in the neutral file is a programming error.</summary>
    protected string Text([CallerMemberName] string key = "") =>
        resources.GetString(key, Culture) ?? throw new MissingManifestResourceException($"No text \"{key}\" in {resources.BaseName}.");

    /// <summary>The text under <paramref name="key"/> if there is one.</summary>
    protected string? TextOrNull(string key) => resources.GetString(key, Culture);

    /// <summary>The text under <paramref name="key"/> with its placeholders filled in, numbers written as the culture writes them.</summary>
    protected string Format(string key, params object?[] args) => string.Format(Culture, Text(key), args);

    /// <summary>
    /// A count with its noun: <c>{key}.One</c> for 1, <c>{key}.Zero</c> for 0 where the language has one, else
    /// <c>{key}.Other</c>, with the count as {0} ("1 dag", "3 dagar").
    /// </summary>
    protected string Count(string key, int count) =>
        string.Format(Culture, (count switch { 1 => TextOrNull($"{key}.One"), 0 => TextOrNull($"{key}.Zero"), _ => null }) ?? Text($"{key}.Other"), count);

    /// <summary>A sentence chosen by a count as <see cref="Count"/> chooses it, with the count as {0} and <paramref name="more"/> as {1}, {2}…</summary>
    protected string CountFormat(string key, int count, params object?[] more) =>
        string.Format(Culture, (count switch { 1 => TextOrNull($"{key}.One"), 0 => TextOrNull($"{key}.Zero"), _ => null }) ?? Text($"{key}.Other"), [count, .. more]);
}
