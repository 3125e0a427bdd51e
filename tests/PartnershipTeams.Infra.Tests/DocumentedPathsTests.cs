using System.Text.RegularExpressions;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Infra.Tests;

/// <summary>
/// The docs name files and folders where a reader will look for them: every path in backticks in README.md,
/// docs/ARCHITECTURE.md, docs/DATA-INVENTORY.md, docs/TELEMETRY.md and infra/README.md that starts at one of the repository's folders exists. A path with a
/// placeholder (&lt;Name&gt;, {id}, *) names a kind of file, and one in a folder the app or the build makes (data/,
/// artifacts/, ignored by git) names an output; neither is checked.
/// </summary>
public sealed partial class DocumentedPathsTests
{
    private static readonly string[] TopFolders = [.. Directory.GetDirectories(RepositoryPaths.Root).Select(Path.GetFileName).Where(n => n is not null && !n.StartsWith('.')).Select(n => n!)];

    public static TheoryData<string> Documents => ["README.md", "docs/ARCHITECTURE.md", "docs/DATA-INVENTORY.md", "docs/TELEMETRY.md", "infra/README.md"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryPathTheDocumentNames_Exists(string document)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, document));
        var missing = Backticked().Matches(text)
            .Select(m => m.Groups["path"].Value.TrimEnd('/', '.', ','))
            .Where(IsRepositoryPath)
            .Distinct(StringComparer.Ordinal)
            .Where(path => !File.Exists(Path.Combine(RepositoryPaths.Root, path)) && !Directory.Exists(Path.Combine(RepositoryPaths.Root, path)))
            .ToList();

        Assert.Empty(missing);
    }

    private static bool IsRepositoryPath(string path) =>
        path.Contains('/', StringComparison.Ordinal)
        && TopFolders.Contains(path.Split('/')[0], StringComparer.Ordinal)
        && path.IndexOfAny(['<', '>', '{', '}', '*', ' ', '…']) < 0
        && !path.Split('/').Any(OutputFolders.Contains);

    private static readonly HashSet<string> OutputFolders = new(["data", "artifacts", "bin", "obj"], StringComparer.Ordinal);

    [GeneratedRegex("`(?<path>[^`\\n]+)`")]
    private static partial Regex Backticked();
}
