using System.Diagnostics;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// The app without Bot:AppId, started as a person would start it: it serves only when every address Kestrel really
/// bound is loopback. Otherwise it logs one line saying why and exits with <see cref="ExitCodes.UnsafeConfiguration"/>,
/// having served nothing.
/// </summary>
public sealed class UnauthenticatedStartupGuardTests : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly string data = Directory.CreateTempSubdirectory("partnerships-guard-").FullName;

    [Fact]
    public async Task HostNamedLoopbackBindsEveryInterface_SoTheAppRefusesToStart()
    {
        var (exitCode, output) = await RunUntilExitOrReadyAsync(("Urls", $"http://loopback:{FreePorts.Next()}"));

        Assert.Equal(ExitCodes.UnsafeConfiguration, exitCode);
        Assert.Single(output, line => line.Contains("Not starting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KestrelEndpointOnAllInterfacesBesideALoopbackUrl_MakesTheAppRefuseToStart()
    {
        var (exitCode, output) = await RunUntilExitOrReadyAsync(
            ("Urls", $"http://localhost:{FreePorts.Next()}"),
            ("Kestrel__Endpoints__Extra__Url", $"http://0.0.0.0:{FreePorts.Next()}"));

        Assert.Equal(ExitCodes.UnsafeConfiguration, exitCode);
        Assert.Contains(output, line => line.Contains("0.0.0.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoopbackAddress_StartsUnauthenticated()
    {
        var (exitCode, output) = await RunUntilExitOrReadyAsync(("Urls", $"http://127.0.0.1:{FreePorts.Next()}"));

        Assert.Null(exitCode);
        Assert.Contains(output, line => line.Contains("BOT AUTHENTICATION IS OFF", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    /// <summary>Runs the built app; the exit code when it ended by itself, null when it became ready (then it is stopped).</summary>
    private async Task<(int? ExitCode, IReadOnlyList<string> Output)> RunUntilExitOrReadyAsync(params (string Name, string Value)[] settings)
    {
        var start = BuiltApp.StartInfo(data);
        start.Environment["Scheduler__Enabled"] = "false";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var output = new List<string>();
        var ready = new TaskCompletionSource();
        using var process = new Process { StartInfo = start };
        void Read(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line.Data);
            }

            if (line.Data.Contains("PartnershipTeams ready", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }

        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(exited, ready.Task).WaitAsync(StartLimit);
        if (first == ready.Task)
        {
            process.Kill(entireProcessTree: true);
            await exited;
            lock (output)
            {
                return (null, [.. output]);
            }
        }

        await exited;
        lock (output)
        {
            return (process.ExitCode, [.. output]);
        }
    }
}
