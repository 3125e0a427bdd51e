using System.Diagnostics;
using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>The publish script's folder is what the Functions host needs: host.json, every function.json, the executable it names.</summary>
public sealed class PublishTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("partnerships-publish-").FullName;

    [Fact]
    public async Task PublishScript_ProducesAFolderTheFunctionsHostCanRun()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "functions", "publish.sh"), output]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var publish = Process.Start(start)!;
        var log = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        Assert.True(publish.ExitCode == 0, log);

        var host = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(output, "host.json")))!;
        var executable = Path.Combine(output, (string)host["customHandler"]!["description"]!["defaultExecutablePath"]!);
        Assert.True(File.Exists(executable), $"{executable} is missing");
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute));
        foreach (var function in Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "functions")).Where(d => File.Exists(Path.Combine(d, "function.json"))))
        {
            Assert.True(File.Exists(Path.Combine(output, Path.GetFileName(function), "function.json")), $"{Path.GetFileName(function)}/function.json is missing");
        }

        Assert.True(File.Exists(Path.Combine(output, "libcoreclr.so")), "the runtime is not bundled (self-contained)");
    }

    public void Dispose() => Directory.Delete(output, recursive: true);
}
