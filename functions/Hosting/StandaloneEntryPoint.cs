using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using PartnershipTeams.Functions.Health;
using PartnershipTeams.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.Protocol.Http;
using PartnershipTeams.State;
using PartnershipTeams.Web.Browser;
using PartnershipTeams.Web.Legal;
using PartnershipTeams.Web.Reports;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// Without the Functions host (a laptop, the tests): plain ASP.NET Core on the same registrations, serving the functions'
/// routes through the same handlers, the register's pages and /health, and keeping the triggers itself (the timers on
/// their schedules, the submission queue).
/// </summary>
public static class StandaloneEntryPoint
{
    public static async Task<int> RunAsync(string[] args)
    {
        var timeline = new StartupTimeline();
        // The slim builder: Kestrel, configuration and console logging without IIS, HTTP/3 and the Debug and EventSource
        // log providers, which a laptop and a Flex instance never use; HTTPS endpoints stay configurable.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRootWhenStartedElsewhere() });
        builder.WebHost.UseKestrelHttpsConfiguration();
        timeline.Reached("host builder created");
        builder.Services.AddPartnershipProduct(builder.Configuration, HostingMode.Standalone);
        builder.Services.AddStandaloneTriggers();
        timeline.Reached("services registered");

        var app = builder.Build();
        timeline.Reached("services built");
        app.UseSecurityHeaders();
        app.UseStoreUnavailableAs503();
        app.MapHealth();

        // The register's pages and the review name people: they answer callers on this machine only.
        app.MapListBrowser().LocalCallersOnly(ListBrowserEndpoints.NoAccess);
        app.MapRegisterPages().LocalCallersOnly(ListBrowserEndpoints.NoAccess);
        app.MapReviewReports().LocalCallersOnly();
        app.MapLegalPages();
        app.MapBot();
        app.MapTimerRuns(app.Services.GetRequiredService<IReadOnlyList<TimerFunction>>());
        app.MapProvisioning();
        app.MapChangeNotifications();
        app.MapGet("/", () => Results.Redirect("/lists"));
        timeline.Reached("routes mapped");

        try
        {
            // The start-up checks first, before the host starts (which would log the failure with its stack trace).
            app.Services.GetService<IStartupValidator>()?.Validate();
            timeline.Reached("settings checked");
            await app.Services.GetRequiredService<StateInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
            timeline.Reached("operational state ready");
            await app.Services.GetRequiredService<ListStoreInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
            timeline.Reached("register ready");
            await app.StartAsync();
        }
        catch (Exception e) when (StartupRefusal.Describe(e) is { } setting)
        {
            // A setting missing or malformed: one line naming it, and the documented exit code. Written straight to
            // standard error, so it is out before the process ends (the console logger writes from a queue).
            StartupRefusal.Write(setting);
            return ExitCodes.UnsafeConfiguration;
        }

        try
        {
            // Decided from the addresses the server really bound: an unauthenticated bot reachable from elsewhere must not serve.
            app.ConfirmBotListening(underFunctionsHost: false);
            timeline.Reached("serving");
        }
        catch (InvalidOperationException e)
        {
            StartupLog.LogRefusedToStart(app.Logger, e.Message);
            await app.StopAsync();
            return ExitCodes.UnsafeConfiguration;
        }

        await app.LogWhatIsServedAsync(app.Lifetime.ApplicationStopping);
        timeline.Log(app.Services);
        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>
    /// Started by path from another folder (a published app run from anywhere), the app reads the appsettings.json and
    /// host.json beside its executable; where the current folder has them (dotnet run in functions/, the tests) it stays.
    /// </summary>
    private static string? ContentRootWhenStartedElsewhere() =>
        HasAppFiles(Directory.GetCurrentDirectory()) || !HasAppFiles(AppContext.BaseDirectory) ? null : AppContext.BaseDirectory;

    private static bool HasAppFiles(string folder) => File.Exists(Path.Combine(folder, "host.json"));
}
