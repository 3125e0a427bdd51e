using Microsoft.Extensions.Options;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using PartnershipTeams.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.State;

namespace PartnershipTeams.Functions.Hosting;

/// <summary>
/// Under the Azure Functions host: the .NET isolated worker, HTTP through the ASP.NET Core integration so handlers keep
/// their HttpContext. The host owns the triggers (functions.metadata, generated from the [Function]s); the app keeps no
/// scheduler and no queue consumer of its own.
/// </summary>
public static class WorkerEntryPoint
{
    public static async Task<int> RunAsync(string[] args, HostingMode hosting)
    {
        var timeline = new StartupTimeline();
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<WorkerHttpMiddleware>();
        timeline.Reached("host builder created");
        builder.Services.AddPartnershipProduct(builder.Configuration, hosting);
        timeline.Reached("services registered");
        using var host = builder.Build();
        timeline.Reached("services built");
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WorkerEntryPoint));
        try
        {
            // The start-up checks first: a setting missing or malformed is one line and the documented exit code.
            host.Services.GetService<IStartupValidator>()?.Validate();

            // Behind the host the bot is reachable from anywhere: it serves only with authentication on.
            host.Services.GetRequiredService<InboundAuthentication>().ConfirmListening([], underFunctionsHost: true);
            timeline.Reached("settings checked");
        }
        catch (InvalidOperationException e) when (StartupRefusal.Describe(e) is null)
        {
            Refuse(logger, e.Message);
            return ExitCodes.UnsafeConfiguration;
        }
        catch (Exception e) when (StartupRefusal.Describe(e) is { } setting)
        {
            Refuse(logger, setting);
            return ExitCodes.UnsafeConfiguration;
        }

        try
        {
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            await host.Services.GetRequiredService<StateInitializer>().InitializeAsync(stopping);
            timeline.Reached("operational state ready");
            await host.Services.GetRequiredService<ListStoreInitializer>().InitializeAsync(stopping);
            timeline.Reached("register ready");
            await host.StartAsync(stopping);
            timeline.Reached("serving");
        }
        catch (Exception e) when (StartupRefusal.Describe(e) is { } setting)
        {
            Refuse(logger, setting);
            return ExitCodes.UnsafeConfiguration;
        }

        timeline.Log(host.Services);
        await host.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>
    /// Before the worker has dialled the host its logs reach no one: the line goes to standard error, which the Functions
    /// host writes to its log, and to the logger for any provider that is there.
    /// </summary>
    private static void Refuse(ILogger logger, string setting)
    {
        StartupRefusal.Write(setting);
        StartupLog.LogRefusedToStart(logger, setting);
    }
}
