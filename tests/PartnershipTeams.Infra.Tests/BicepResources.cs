using System.Text.RegularExpressions;

namespace PartnershipTeams.Infra.Tests;

/// <summary>The resource declarations of a Bicep file: symbolic name, type and API version.</summary>
public static partial class BicepResources
{
    public sealed record Declaration(string Name, string Type, string ApiVersion, int Line)
    {
        public string Key => $"{Type}@{ApiVersion}";
    }

    public static IReadOnlyList<Declaration> Parse(string bicep) =>
        [.. bicep.Split('\n').Select((text, index) => (Match: Resource().Match(text), Line: index + 1))
            .Where(l => l.Match.Success)
            .Select(l => new Declaration(l.Match.Groups["name"].Value, l.Match.Groups["type"].Value, l.Match.Groups["version"].Value, l.Line))];

    [GeneratedRegex(@"^\s*resource\s+(?<name>\w+)\s+'(?<type>[^'@]+)@(?<version>[^']+)'")]
    private static partial Regex Resource();
}
