using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PartnershipTeams.TestSupport.Azurite;

/// <summary>
/// Azurite (npm), Microsoft's Azure Storage emulator, serving the Table and Queue services on free loopback ports
/// with its data in a temp folder, for as long as the test needs it. The README's test command installs it.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account and key (public, the same in every installation).</summary>
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;
    private readonly string folder;

    private AzuriteServer(Process process, string folder, int tablePort, int queuePort)
    {
        this.process = process;
        this.folder = folder;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/{Account};QueueEndpoint=http://127.0.0.1:{queuePort}/{Account};";
    }

    /// <summary>A connection string for both services, as AzureWebJobsStorage takes it.</summary>
    public string ConnectionString { get; }

    /// <summary>The CPU time Azurite's process has used so far (a benchmark tells its share from the app's).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static async Task<AzuriteServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("azurite-").FullName;
        var (tablePort, queuePort, blobPort) = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
        var script = Path.Combine(RepositoryPaths.NodeModules, "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} is missing: run the README's test command, which installs the test tools (npm ci in tests/tools).");
        }

        var start = new ProcessStartInfo("node",
        [
            script, "--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl",
            "--blobHost", "127.0.0.1", "--blobPort", Port(blobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(queuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(tablePort),
        ])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AzuriteServer(process, folder, tablePort, queuePort);
        await server.WaitUntilListeningAsync(tablePort, queuePort);
        return server;
    }

    /// <summary>Removes every table and queue, so the next test starts on an empty account.</summary>
    public async Task ResetAsync()
    {
        var tables = new Azure.Data.Tables.TableServiceClient(ConnectionString);
        await foreach (var table in tables.QueryAsync())
        {
            await tables.DeleteTableAsync(table.Name);
        }

        var queues = new Azure.Storage.Queues.QueueServiceClient(ConnectionString);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            await queues.DeleteQueueAsync(queue.Name);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private async Task WaitUntilListeningAsync(params int[] ports)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite ended at start with exit code {process.ExitCode}.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, limit.Token);
                    break;
                }
                catch (SocketException)
                {
                    await Task.Delay(50, limit.Token);
                }
            }
        }
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
