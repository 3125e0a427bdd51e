using System.Diagnostics;
using System.Reflection;

namespace PartnershipTeams.Infra.Tests;

/// <summary>
/// The Bicep compiler restored from the NuGet package Azure.Bicep.CommandLine.linux-x64 (a PackageDownload of this
/// project), run as a process. Diagnostics are written as lines "file(line,col) : Level code: message"; the exit code
/// is 0 even with warnings, so callers look at the output.
/// </summary>
public static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        /// <summary>Every diagnostic line the compiler printed (warnings, errors, infos).</summary>
        public IReadOnlyList<string> Diagnostics =>
            [.. (Output + "\n" + Errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    public static string Executable { get; } = Locate();

    public static async Task<Result> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Executable} did not start.");
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} took longer than {Timeout}.");
        }

        return new Result(process.ExitCode, await output, await errors);
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value
            ?? throw new InvalidOperationException("The test project names no Bicep CLI.");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Bicep CLI package was not restored (PackageDownload Azure.Bicep.CommandLine.linux-x64).", path);
        }

        // NuGet extracts package files without their executable bit on some machines.
        if (OperatingSystem.IsWindows())
        {
            return path;
        }

        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return path;
    }
}
