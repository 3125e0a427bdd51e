using System.Text.RegularExpressions;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Infra.Tests;

/// <summary>The repository's one test naming style: Scenario_Outcome, the scenario first, what a person notices after the one underscore.</summary>
public sealed partial class TestNamingTests
{
    [Fact]
    public void EveryTestInTheRepository_IsNamedScenarioUnderscoreOutcome()
    {
        var offenders =
            from file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            where !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            from match in TestMethod().Matches(File.ReadAllText(file))
            let name = match.Groups["name"].Value
            where name.Count(c => c == '_') != 1 || name.StartsWith('_') || name.EndsWith('_')
            select $"{Path.GetFileName(file)}: {name}";

        Assert.Empty(offenders);
    }

    // A [Fact] or [Theory], any attributes and comments after it (strings may hold ']'), and the method it marks.
    [GeneratedRegex(@"\[(?:Fact|Theory)(?:[^\]""]|""(?:[^""\\]|\\.)*"")*\](?:\s*(?://[^\n]*|\[(?:[^\]""]|""(?:[^""\\]|\\.)*"")*\]))*\s*public\s+(?:async\s+)?(?:Task|void|ValueTask)\s+(?<name>\w+)\s*\(")]
    private static partial Regex TestMethod();
}
