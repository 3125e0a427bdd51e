using System.Diagnostics;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// The app as the solution build left it (functions/bin/{configuration}/net10.0), started as a real process by the
/// tests that need one (its start-up, its exit code): on its own stores in the test's folder, its output redirected.
/// </summary>
internal static class BuiltApp
{
    /// <summary>The build of the same configuration as these tests.</summary>
    public static string Folder { get; } = Path.Combine(
        RepositoryPaths.Root,
        "functions",
        "bin",
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release",
        "net10.0");

    /// <summary>Alone, as on a laptop; or as the Functions host starts its worker, given <see cref="WorkerArguments"/>.</summary>
    public static ProcessStartInfo StartInfo(string data, IEnumerable<string>? arguments = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Folder, "PartnershipTeams.Functions.dll"));
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        return start.WithStoresIn(data);
    }

    /// <summary>The arguments the Functions host gives a worker (azure-functions-host, RpcWorkerContext.cs), its host at <paramref name="port"/>.</summary>
    public static string[] WorkerArguments(int port)
    {
        var uri = $"http://127.0.0.1:{port}/";
        return ["--host", "127.0.0.1", "--port", $"{port}", "--workerId", "w1", "--requestId", "r1", "--grpcMaxMessageLength", "2147483647",
            "--functions-uri", uri, "--functions-worker-id", "w1", "--functions-request-id", "r1", "--functions-grpc-max-message-length", "2147483647"];
    }
}
