using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Functions.Telemetry;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.Logging;

namespace PartnershipTeams.Functions.Tests.Telemetry;

/// <summary>
/// The product (<see cref="ProductApp"/>) with the telemetry it collects in production (AddPartnershipSignals), exported
/// to memory instead of Application Insights or OTLP: the spans, the metrics and every log line, for tests to read.
/// </summary>
public sealed class TelemetryApp : IAsyncDisposable
{
    private readonly ProductApp product;
    private readonly WebApplicationFactory<Program> app;
    private readonly LockedCollection<Activity> spans = new();
    private readonly LockedCollection<MetricSnapshot> metrics = new();

    /// <param name="settings">Configuration over the product's test defaults.</param>
    /// <param name="now">The fake clock's start; null runs on the real clock.</param>
    public TelemetryApp(IReadOnlyDictionary<string, string?>? settings = null, DateTimeOffset? now = null)
    {
        product = new ProductApp(now, settings);
        app = product.WithWebHostBuilder(builder =>
        {
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureTestServices(services => services.AddPartnershipSignals()
                .WithTracing(tracing => tracing.AddInMemoryExporter(spans))
                .WithMetrics(meters => meters.AddInMemoryExporter(metrics)));
        });
    }

    public IServiceProvider Services => app.Services;

    public FakeTimeProvider Clock => product.Clock;

    public LogRecorder Logs { get; } = new();

    /// <summary>The spans ended so far (a copy: the exporter adds as spans end).</summary>
    public IReadOnlyList<Activity> Spans => spans.Snapshot();

    /// <summary>The metrics as they stand now (their cumulative values), exported on demand.</summary>
    public IReadOnlyList<MetricSnapshot> Metrics()
    {
        metrics.Clear();
        Services.GetRequiredService<MeterProvider>().ForceFlush();
        return metrics.Snapshot();
    }

    /// <summary>The sum of a counter's points whose attributes include every one given (0 when it has none).</summary>
    public long Sum(string metric, params (string Name, object Value)[] attributes) =>
        Points(metric, attributes).Sum(p => p.GetSumLong());

    /// <summary>The points of a metric whose attributes include every one given.</summary>
    public IReadOnlyList<MetricPoint> Points(string metric, params (string Name, object Value)[] attributes) =>
        [.. Metrics().Where(m => m.Name == metric).SelectMany(m => m.MetricPoints)
            .Where(p => attributes.All(a => Attributes(p).Any(t => t.Key == a.Name && Equals(t.Value?.ToString(), a.Value.ToString()))))];

    public Task<IReadOnlyList<string>?> RunAsync(string job) => Services.GetRequiredService<TimerJobRunner>().RunAsync(job, CancellationToken.None);

    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await product.DisposeAsync();
    }

    private static IEnumerable<KeyValuePair<string, object?>> Attributes(MetricPoint point)
    {
        foreach (var tag in point.Tags)
        {
            yield return tag;
        }
    }

    /// <summary>A collection the exporter adds to on the threads spans end on, while a test reads it.</summary>
    private sealed class LockedCollection<T> : ICollection<T>
    {
        private readonly List<T> items = [];

        public int Count => Snapshot().Count;

        public bool IsReadOnly => false;

        public IReadOnlyList<T> Snapshot()
        {
            lock (items)
            {
                return [.. items];
            }
        }

        public void Add(T item)
        {
            lock (items)
            {
                items.Add(item);
            }
        }

        public void Clear()
        {
            lock (items)
            {
                items.Clear();
            }
        }

        public bool Contains(T item) => Snapshot().Contains(item);

        public void CopyTo(T[] array, int arrayIndex) => Snapshot().ToList().CopyTo(array, arrayIndex);

        public bool Remove(T item)
        {
            lock (items)
            {
                return items.Remove(item);
            }
        }

        public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
