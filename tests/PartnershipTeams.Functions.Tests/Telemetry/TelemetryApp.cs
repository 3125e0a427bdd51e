using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Functions.Telemetry;
using PartnershipTeams.TestSupport.Logging;

namespace PartnershipTeams.Functions.Tests.Telemetry;

/// <summary>
/// The Functions app with the telemetry it collects in production (AddPartnershipSignals), exported to memory instead of
/// Application Insights or OTLP: the spans, the metrics and every log line, for tests to read. A fake clock when given.
/// </summary>
public sealed class TelemetryApp(IReadOnlyDictionary<string, string?>? settings = null, DateTimeOffset? now = null) : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-otel-").FullName;
    private readonly LockedCollection<Activity> spans = new();
    private readonly LockedCollection<MetricSnapshot> metrics = new();

    public FakeTimeProvider? Clock { get; } = now is { } start ? new FakeTimeProvider(start) : null;

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
        return await CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    public static IEnumerable<KeyValuePair<string, object?>> Attributes(MetricPoint point)
    {
        foreach (var tag in point.Tags)
        {
            yield return tag;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Path", Path.Combine(folder, "lists.db"));
        builder.UseSetting("Store:StatePath", Path.Combine(folder, "operations.db"));
        builder.UseSetting("Store:SeedDemoData", "true");
        builder.UseSetting("Scheduler:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }

            services.AddSingleton<Azure.Core.TokenCredential>(new PartnershipTeams.TestSupport.StaticTokenCredential());
            services.AddPartnershipSignals()
                .WithTracing(tracing => tracing.AddInMemoryExporter(spans))
                .WithMetrics(meters => meters.AddInMemoryExporter(metrics));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
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
