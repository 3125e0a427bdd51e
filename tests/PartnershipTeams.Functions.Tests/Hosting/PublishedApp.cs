using System.Diagnostics;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>functions/publish.sh run once: the deployable folder and its zip, in a temporary folder.</summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("partnerships-publish-").FullName;

    public string Folder => Path.Combine(root, "functions");

    public string Zip => Path.Combine(root, "functions.zip");

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "functions", "publish.sh"), Folder, Zip])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"publish.sh failed:\n{await output}\n{await errors}");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }
}
