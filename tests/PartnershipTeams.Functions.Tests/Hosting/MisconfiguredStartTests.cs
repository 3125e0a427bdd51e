using System.Diagnostics;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// Issue 25 item 2: the built app started with one required setting missing or malformed, by both entry points (alone,
/// and as the Functions host starts its worker). It ends with <see cref="ExitCodes.UnsafeConfiguration"/> and one line
/// naming the setting and what it must be — never an unhandled exception with a stack trace and a core dump.
/// </summary>
public sealed class MisconfiguredStartTests : IDisposable
{
    private const string AppId = "7c0e5b1a-1111-4a8e-9d1c-000000000001";
    private const string TenantId = "5f1e4c7a-2222-4a8e-9d1c-000000000002";
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private readonly string data = Directory.CreateTempSubdirectory("partnerships-settings-").FullName;

    /// <summary>Each setting the app cannot start without, made wrong: the setting the line must name, and the environment that makes it wrong.</summary>
    public static TheoryData<string, string, string> WrongSettings()
    {
        var cases = new (string Setting, string Environment)[]
        {
            ("Bot:AppId", $"Bot__AppId={AppId};Bot__TenantId={TenantId}"), // no outbound credential
            ("Bot:AppId", $"Bot__AppId=partnerships-bot;Bot__TenantId={TenantId};Bot__ClientSecret=s"),
            ("Bot:TenantId", $"Bot__AppId={AppId};Bot__TenantId=contoso;Bot__ClientSecret=s"),
            ("Bot:OpenIdMetadataUrl", "Bot__OpenIdMetadataUrl=http://login.example/openid"),
            ("Bot:AllowedServiceUrlHosts", "Bot__AllowedServiceUrlHosts__0= "),
            ("Bot:Language", "Bot__Language=tlh"),
            ("Notifications:Url", "Notifications__Url=https://partnerships.example/api/notifications"), // without its client state
            ("Notifications:Debounce", "Notifications__Debounce=soon"),
            ("Reports:WithdrawWithinDays", "Reports__WithdrawWithinDays=-1"),
            ("Retention:ReminderLedger", "Retention__ReminderLedger=2"),
            ("Retention:VisitParticipants", "Retention__VisitParticipants=-1"),
            ("SharePoint:MaxRetries", "SharePoint__SiteUrl=https://contoso.sharepoint.com/sites/partnerships;SharePoint__MaxRetries=99"),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var entryPoint in new[] { "standalone", "worker" })
        {
            foreach (var (setting, environment) in cases)
            {
                data.Add(entryPoint, setting, environment);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task StartWithASettingWrong_ExitsWithTheDocumentedCodeAndOneLineNamingIt(string entryPoint, string setting, string environment)
    {
        var settings = environment.Split(';').Select(s => s.Split('=', 2)).Select(p => (p[0], p[1])).ToList();

        var (exitCode, output) = await RunAsync(entryPoint, settings);

        var all = string.Join(Environment.NewLine, output);
        Assert.True(exitCode == ExitCodes.UnsafeConfiguration, $"exit code {exitCode}:{Environment.NewLine}{all}");
        var line = Assert.Single(output, l => l.Contains("Not starting", StringComparison.Ordinal));
        Assert.Contains(setting, line, StringComparison.Ordinal);
        Assert.Contains("must", line, StringComparison.Ordinal);
        Assert.DoesNotContain(output, l => l.Contains("Unhandled exception", StringComparison.Ordinal) || l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(data, recursive: true);

    private async Task<(int? ExitCode, IReadOnlyList<string> Output)> RunAsync(string entryPoint, IReadOnlyList<(string Name, string Value)> settings)
    {
        var start = BuiltApp.StartInfo(data, entryPoint == "worker" ? BuiltApp.WorkerArguments(FreePorts.Next()) : null);
        start.Environment["Scheduler__Enabled"] = "false";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        if (entryPoint == "worker")
        {
            // A bot that may serve behind the host.
            start.Environment["Bot__AppId"] = AppId;
            start.Environment["Bot__TenantId"] = TenantId;
            start.Environment["Bot__ClientSecret"] = "not-used";
        }
        else
        {
            start.Environment["Urls"] = $"http://127.0.0.1:{FreePorts.Next()}";
        }

        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        // A case that unsets a default credential (the first) removes it again after the defaults.
        if (settings.All(s => s.Name != "Bot__ClientSecret") && settings.Any(s => s.Name == "Bot__AppId"))
        {
            start.Environment.Remove("Bot__ClientSecret");
        }

        var output = new List<string>();
        using var process = new Process { StartInfo = start };
        void Read(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is not null)
            {
                lock (output)
                {
                    output.Add(line.Data);
                }
            }
        }

        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(StartLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (output)
            {
                return (null, [.. output]);
            }
        }

        process.WaitForExit(); // the rest of its output
        lock (output)
        {
            return (process.ExitCode, [.. output]);
        }
    }
}
