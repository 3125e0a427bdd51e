using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// The built app started as the Functions host starts its .NET isolated worker (with the host's arguments): it takes the
/// worker's entry point, composes the product and dials the host's gRPC address; without Bot:AppId it refuses to start,
/// as behind the host the bot is reachable from anywhere. No Functions host runs here (Core Tools cannot be installed),
/// so "dials the host" is what can be seen of the worker's start.
/// </summary>
public sealed class WorkerEntryPointTests : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly string data = Directory.CreateTempSubdirectory("partnerships-worker-").FullName;

    [Fact]
    public async Task StartedWithTheHostsArguments_ComposesTheAppAndDialsTheHost()
    {
        using var host = new TcpListener(IPAddress.Loopback, 0);
        host.Start();
        var port = ((IPEndPoint)host.LocalEndpoint).Port;
        using var process = Start(port, ("Bot__AppId", "7c0e5b1a-1111-4a8e-9d1c-000000000001"), ("Bot__TenantId", "5f1e4c7a-2222-4a8e-9d1c-000000000002"), ("Bot__ClientSecret", "not-used"));
        try
        {
            using var limit = new CancellationTokenSource(StartLimit);
            using var dialled = await host.AcceptTcpClientAsync(limit.Token);

            Assert.True(dialled.Connected);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task StartedWithTheHostsArgumentsWithoutAnAppId_RefusesToStart()
    {
        using var process = Start(port: 1);
        using var limit = new CancellationTokenSource(StartLimit);

        await process.WaitForExitAsync(limit.Token);

        Assert.Equal(ExitCodes.UnsafeConfiguration, process.ExitCode);
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    /// <summary>The built app with the arguments the host gives a worker.</summary>
    private Process Start(int port, params (string Name, string Value)[] settings)
    {
        var start = BuiltApp.StartInfo(data, BuiltApp.WorkerArguments(port));
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        return AppProcesses.StartDiscardingOutput(start);
    }
}
