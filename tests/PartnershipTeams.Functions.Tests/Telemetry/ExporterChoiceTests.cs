using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Telemetry;

/// <summary>
/// Where telemetry goes: to Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set, over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is, nowhere (and nothing collected) otherwise. Each receiver is a local server.
/// </summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class ExporterChoiceTests
{
    [Fact]
    public async Task NeitherVariableSet_CollectsNothing()
    {
        await using var app = new ProductApp();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task OtlpEndpointSet_SendsTracesThere()
    {
        var received = new ConcurrentQueue<string>();
        var (receiver, address) = await LoopbackServer.StartAsync(context =>
        {
            received.Enqueue($"{context.Request.Method} {context.Request.Path} {context.Request.ContentType}");
            return Task.CompletedTask;
        });
        await using var factory = new ProductApp();
        await using (receiver)
        {
            var app = factory.WithWebHostBuilder(builder =>
            {
                builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", address);
                builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            });
            await app.CreateClient().GetAsync(new Uri("/privacy", UriKind.Relative));
            await app.DisposeAsync();
        }

        Assert.Contains("POST /v1/traces application/x-protobuf", received);
    }

    [Fact]
    public async Task ApplicationInsightsConnectionStringSet_SendsTracesToItsIngestionEndpoint()
    {
        var received = new ConcurrentQueue<string>();
        var (receiver, address) = await LoopbackServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            received.Enqueue($"{context.Request.Method} {context.Request.Path}");
            await reader.ReadToEndAsync();
            context.Response.StatusCode = 200;
        });
        await using var factory = new ProductApp();
        await using (receiver)
        {
            var app = factory.WithWebHostBuilder(builder => builder.UseSetting(
                "APPLICATIONINSIGHTS_CONNECTION_STRING",
                $"InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint={address}/;LiveEndpoint={address}/"));
            await app.CreateClient().GetAsync(new Uri("/privacy", UriKind.Relative));
            await app.DisposeAsync();
        }

        Assert.Contains("POST /v2.1/track", received);
    }
}
