namespace PartnershipTeams.TestSupport;

/// <summary>Folders of the repository the tests run from (found by walking up to the solution file).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The npm packages of the card tests (the official Adaptive Cards renderer and schema).</summary>
    public static string CardTools => Path.Combine(Root, "tests", "cards", "node_modules");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PartnershipTeams.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests must run inside the repository.");
    }
}
