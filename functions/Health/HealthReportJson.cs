using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartnershipTeams.Functions.Health;

/// <summary>
/// Writes a health report as JSON in the common shape of ASP.NET Core health checks, the one HealthChecks UI reads
/// (Xabaril/AspNetCore.Diagnostics.HealthChecks, UIResponseWriter): status, totalDuration, and per check its status,
/// description, duration, data and tags.
/// </summary>
public static class HealthReportJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Report(
            report.Status.ToString(),
            report.TotalDuration,
            report.Entries.ToDictionary(e => e.Key, e => new Entry(e.Value.Status.ToString(), e.Value.Description, e.Value.Duration, e.Value.Data, e.Value.Tags)));
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Options, context.RequestAborted);
    }

    private sealed record Report(string Status, TimeSpan TotalDuration, Dictionary<string, Entry> Entries);

    private sealed record Entry(string Status, string? Description, TimeSpan Duration, IReadOnlyDictionary<string, object> Data, IEnumerable<string> Tags);
}
