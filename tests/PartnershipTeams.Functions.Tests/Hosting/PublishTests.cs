using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;
using Xunit.Abstractions;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// The publish script's folder is what the Functions host runs for a .NET isolated worker (the worker, functions.metadata,
/// worker.config.json, extensions.json, host.json; no function.json), its zip is the package Flex Consumption runs
/// from, and the published app started from another folder without the host answers /health well within the 30 s Flex
/// gives a starting app.
/// </summary>
public sealed class PublishTests(PublishedApp published, ITestOutputHelper output) : IClassFixture<PublishedApp>
{
    /// <summary>Flex Consumption's time-out for app initialization (the Functions host itself allows 60 s).</summary>
    private static readonly TimeSpan FlexStartLimit = TimeSpan.FromSeconds(30);

    private const string Executable = "PartnershipTeams.Functions";

    private static readonly string[] HostFiles = ["host.json", "functions.metadata", "worker.config.json", "extensions.json", "PartnershipTeams.Functions.dll"];

    [Fact]
    public void PublishScript_ProducesTheWorkerTheFunctionsHostRuns()
    {
        foreach (var file in HostFiles)
        {
            Assert.True(File.Exists(Path.Combine(published.Folder, file)), $"{file} is missing");
        }

        var worker = JsonNode.Parse(File.ReadAllText(Path.Combine(published.Folder, "worker.config.json")))!["description"]!;
        Assert.Equal("dotnet-isolated", (string?)worker["language"]);
        Assert.Equal("PartnershipTeams.Functions.dll", (string?)worker["defaultWorkerPath"]);
        Assert.Equal(11, JsonNode.Parse(File.ReadAllText(Path.Combine(published.Folder, "functions.metadata")))!.AsArray().Count);
        Assert.Empty(Directory.GetFiles(published.Folder, "function.json", SearchOption.AllDirectories));

        // Framework-dependent: the platform's dotnet-isolated 10.0 runtime runs it (and can start it from a placeholder).
        Assert.False(File.Exists(Path.Combine(published.Folder, "libcoreclr.so")), "the runtime is bundled (self-contained)");
        Assert.Empty(Directory.GetFiles(published.Folder, "*.xml"));

        // The review's charts: SkiaSharp's native library and the font they are drawn in (no system fonts on Flex).
        Assert.True(File.Exists(Path.Combine(published.Folder, "libSkiaSharp.so")), "libSkiaSharp.so is missing");
        Assert.True(File.Exists(Path.Combine(published.Folder, "Fonts", "DejaVuSans.ttf")), "the charts' font is missing");
    }

    [Fact]
    public void Zip_HoldsTheFolderWithTheHostsFilesAtItsRoot()
    {
        using var zip = ZipFile.OpenRead(published.Zip);
        var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToDictionary(e => e.FullName);

        foreach (var file in HostFiles)
        {
            Assert.Contains(file, entries.Keys);
        }

        Assert.DoesNotContain(entries.Keys, e => e.EndsWith("function.json", StringComparison.Ordinal));
        Assert.Equal(Directory.GetFiles(published.Folder, "*", SearchOption.AllDirectories).Length, entries.Count);
    }

    [Fact]
    public async Task PublishedAppStartedFromAnotherFolder_ReadsItsOwnFilesAndAnswersHealthWithinFlexLimit()
    {
        var elsewhere = Directory.CreateTempSubdirectory("partnerships-elsewhere-").FullName;
        var port = FreePorts.Next();
        var start = new ProcessStartInfo(Path.Combine(published.Folder, Executable), ["--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = elsewhere,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.WithStoresIn(elsewhere);
        var log = new List<string>();
        using var process = new Process { StartInfo = start };
        void Read(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is not null)
            {
                lock (log)
                {
                    log.Add(line.Data);
                }
            }
        }

        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var clock = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            Assert.True(await EventuallyAsync(() => HealthyAsync(client, process), FlexStartLimit), $"no /health 200 within {FlexStartLimit}:\n{Log()}");
            clock.Stop();
            output.WriteLine($"start to first /health 200: {clock.ElapsedMilliseconds} ms");

            // The content root is the executable's folder, so its appsettings.json (the timers' schedules) was read.
            Assert.True(
                await EventuallyAsync(() => Task.FromResult(Logged($"Content root path: {published.Folder}") && Logged("Standalone timer reminders on schedule 0 30 5,6 * * *")), TimeSpan.FromSeconds(10)),
                $"the app did not run from its own folder:\n{Log()}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            Directory.Delete(elsewhere, recursive: true);
        }

        bool Logged(string text)
        {
            lock (log)
            {
                return log.Exists(l => l.Contains(text, StringComparison.Ordinal));
            }
        }

        string Log()
        {
            lock (log)
            {
                return string.Join('\n', log);
            }
        }
    }

    private static async Task<bool> HealthyAsync(HttpClient client, Process process)
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The published app exited with {process.ExitCode} before it answered.");
        }

        try
        {
            return (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }

    /// <summary>Whether the condition comes to hold within the limit (checked every 20 ms).</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            while (!await condition())
            {
                await Task.Delay(20, timeout.Token);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
