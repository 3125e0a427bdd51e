namespace PartnershipTeams.TestSupport;

/// <summary>Folders of the repository the tests run from (found by walking up to the solution file).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The npm packages the tests check against: the Adaptive Cards renderer and schema, the Teams manifest schemas.</summary>
    public static string NodeModules => Path.Combine(Root, "tests", "tools", "node_modules");

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
