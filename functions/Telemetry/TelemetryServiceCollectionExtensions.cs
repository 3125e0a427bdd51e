using System.Runtime.CompilerServices;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PartnershipTeams.Core.Telemetry;

namespace PartnershipTeams.Functions.Telemetry;

/// <summary>
/// OpenTelemetry for the app: its own spans and metrics (core/Telemetry), ASP.NET Core and HttpClient instrumentation,
/// and the logs, exported to Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set, over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is (both may be), and not collected at all otherwise.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string AzureMonitorVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <param name="services">The app's services.</param>
    /// <param name="configuration">Where the exporters' settings are.</param>
    /// <param name="underFunctionsHost">Under the Functions host the worker's invocation spans join the host's trace (<c>UseFunctionsWorkerDefaults</c>; host.json's telemetryMode OpenTelemetry).</param>
    public static IServiceCollection AddPartnershipTelemetry(this IServiceCollection services, IConfiguration configuration, bool underFunctionsHost = false)
    {
        var azureMonitor = configuration[AzureMonitorVariable];
        var otlp = configuration[OtlpVariable];
        if (string.IsNullOrWhiteSpace(azureMonitor) && string.IsNullOrWhiteSpace(otlp))
        {
            return services;
        }

        Collect(services, configuration, azureMonitor, otlp, underFunctionsHost);
        return services;
    }

    /// <summary>
    /// In a method of its own, as each exporter is: a method's precompiled code loads every assembly it names when it
    /// first runs, so a start that exports nothing loads none of OpenTelemetry's.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Collect(IServiceCollection services, IConfiguration configuration, string? azureMonitor, string? otlp, bool underFunctionsHost)
    {
        var telemetry = services.AddPartnershipSignals().WithLogging();
        if (underFunctionsHost)
        {
            telemetry.UseFunctionsWorkerDefaults();
        }
        if (!string.IsNullOrWhiteSpace(azureMonitor))
        {
            ExportToAzureMonitor(telemetry, azureMonitor, configuration);
        }

        if (!string.IsNullOrWhiteSpace(otlp))
        {
            // Reads OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL and _HEADERS itself, as the OpenTelemetry specification names them.
            telemetry.UseOtlpExporter();
        }
    }

    /// <summary>In a method of its own, so a start exporting over OTLP alone never loads the Azure Monitor exporter's assembly.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ExportToAzureMonitor(OpenTelemetryBuilder telemetry, string connectionString, IConfiguration configuration) =>
        telemetry.UseAzureMonitorExporter(options =>
        {
            options.ConnectionString = connectionString;
            options.Credential = AzureMonitorCredential.From(configuration);
        });

    /// <summary>
    /// What the app collects, whatever it exports to: its own source and meter, ASP.NET Core (but no trace for each health
    /// probe) and HttpClient (Graph, SharePoint REST, the Bot Connector, Azure Storage) with the ids of people and chats
    /// taken out of the URLs.
    /// </summary>
    public static OpenTelemetryBuilder AddPartnershipSignals(this IServiceCollection services) =>
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(PartnershipTelemetry.Name, serviceVersion: PartnershipTelemetry.Version))
            .WithTracing(tracing => tracing
                .AddSource(PartnershipTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = (span, request) => UrlRedaction.Apply(span, request.RequestUri)))
            .WithMetrics(metrics => metrics
                .AddMeter(PartnershipTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
}
