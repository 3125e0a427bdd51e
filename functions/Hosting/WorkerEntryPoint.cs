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
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<WorkerHttpMiddleware>();
        builder.Services.AddPartnershipProduct(builder.Configuration, hosting);
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WorkerEntryPoint));
        try
        {
            // Behind the host the bot is reachable from anywhere: it serves only with authentication on.
            host.Services.GetRequiredService<InboundAuthentication>().ConfirmListening([], underFunctionsHost: true);
        }
        catch (InvalidOperationException e)
        {
            StartupLog.LogRefusedToStart(logger, e.Message);
            return ExitCodes.UnsafeConfiguration;
        }

        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await host.Services.GetRequiredService<StateInitializer>().InitializeAsync(stopping);
        await host.Services.GetRequiredService<ListStoreInitializer>().InitializeAsync(stopping);
        await host.RunAsync();
        return 0;
    }
}
