using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// A setting the app cannot start with, as one line an operator can act on: the setting, what it must be, what it was.
/// The start-up checks (ValidateOnStart) and the configuration binder throw; each entry point turns what they throw
/// into this line and <see cref="ExitCodes.UnsafeConfiguration"/>, never an unhandled exception and a core dump.
/// </summary>
public static partial class StartupRefusal
{
    /// <summary>The one line, on standard error (which the Functions host writes to its log).</summary>
    public static void Write(string setting) => Console.Error.WriteLine(StartupLog.RefusedToStartPrefix + setting);

    /// <summary>The line for a failed start-up check or an unreadable setting; null for any other exception (a real fault).</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        OptionsValidationException invalid => string.Join(" ", invalid.Failures.Select(f => Readable(invalid.OptionsType, f))),
        AggregateException many when many.InnerExceptions.Select(Describe).ToList() is { } lines && lines.All(l => l is not null) => string.Join(" ", lines),
        InvalidOperationException unreadable when Unconvertible().Match(unreadable.Message) is { Success: true } match =>
            $"{match.Groups["setting"].Value} must be a {Friendly(match.Groups["type"].Value)}; the value given cannot be read as one.",
        _ => null,
    };

    /// <summary>Our own checks name the setting already; a data-annotation check names a property, so its section is put before it.</summary>
    private static string Readable(Type options, string failure)
    {
        var annotation = DataAnnotation().Match(failure);
        if (!annotation.Success)
        {
            return failure;
        }

        var section = options.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string ?? options.Name;
        return $"{section}:{annotation.Groups["member"].Value}: {annotation.Groups["error"].Value}";
    }

    /// <summary>The value is not named: a malformed secret should not reach the log.</summary>
    private static string Friendly(string type) => type switch
    {
        "System.TimeSpan" => "time span (30 is 30 days, 00:00:05 five seconds)",
        "System.Int32" or "System.Int64" => "whole number",
        "System.Boolean" => "true or false",
        "System.Uri" => "URL",
        _ => type,
    };

    [GeneratedRegex("Failed to convert configuration value (?:'.*' )?at '(?<setting>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex Unconvertible();

    [GeneratedRegex("members: '(?<member>[^']+)' with the error: '(?<error>.*)'", RegexOptions.Singleline)]
    private static partial Regex DataAnnotation();
}
