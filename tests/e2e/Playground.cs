using System.Diagnostics;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.EndToEnd.Tests;

/// <summary>
/// The Microsoft 365 Agents Playground (npm), a Teams client stand-in: it installs the bot, sends the user's
/// messages and card submits to /api/messages, and shows the bot's replies in a Teams-like web UI.
/// </summary>
public sealed class Playground : IAsyncDisposable
{
    private readonly Process process;
    private readonly string fakeBin;

    private Playground(Process process, string fakeBin, int port)
    {
        this.process = process;
        this.fakeBin = fakeBin;
        Url = $"http://localhost:{port}";
    }

    public string Url { get; }

    public static async Task<Playground> StartAsync(string botEndpoint)
    {
        var port = FreePorts.Next();
        // The CLI opens a browser with xdg-open at start; there is none here, so a no-op stands in for it.
        var fakeBin = Directory.CreateTempSubdirectory("playground-bin-").FullName;
        var xdgOpen = Path.Combine(fakeBin, "xdg-open");
        await File.WriteAllTextAsync(xdgOpen, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(xdgOpen, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var cli = Path.Combine(RepositoryPaths.NodeModules, "@microsoft", "m365agentsplayground", "cli.js");
        var start = new ProcessStartInfo("node", [cli, "-e", botEndpoint, "-c", "msteams", "--dt", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["PATH"] = fakeBin + ":" + Environment.GetEnvironmentVariable("PATH");
        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var listening = new TaskCompletionSource();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("Listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return new Playground(process, fakeBin, port);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(fakeBin, recursive: true);
    }
}
