using PartnershipTeams.Application;
using PartnershipTeams.Bot;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Functions;
using PartnershipTeams.Functions.Health;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Functions.Telemetry;
using PartnershipTeams.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.Protocol.Http;
using PartnershipTeams.Reports;
using PartnershipTeams.State;
using PartnershipTeams.Web.Browser;
using PartnershipTeams.Web.Legal;
using PartnershipTeams.Web.Reports;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRootWhenStartedElsewhere() });
builder.WebHost.UseFunctionsHostPortWhenGiven(builder.Configuration);
builder.Services.AddPartnershipLists(builder.Configuration);
builder.Services.AddPartnershipState(builder.Configuration);
builder.Services.AddPartnershipApplication();
builder.Services.AddPartnershipBot(builder.Configuration);
builder.Services.AddPartnershipReports();
builder.Services.AddPartnershipFunctions(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPartnershipTelemetry(builder.Configuration);
builder.Services.AddPartnershipHealthChecks();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseStoreUnavailableAs503();
app.MapHealth();
// The register's pages and the review name people: standalone they answer callers on this machine only; under the
// Functions host the review is also the HTTP function "reports", behind the host's key check.
app.MapListBrowser().LocalCallersOnly(ListBrowserEndpoints.NoAccess);
app.MapRegisterPages().LocalCallersOnly(ListBrowserEndpoints.NoAccess);
app.MapReviewReports().LocalCallersOnly();
if (FunctionsHostPort.IsUnderFunctionsHost(app.Configuration))
{
    app.MapReviewReports(ReviewReportEndpoints.HostPath);
}

app.MapLegalPages();
app.MapBot();
app.MapTimerInvocations(app.Services.GetRequiredService<IReadOnlyList<TimerFunction>>());
app.MapSubmissionQueueTrigger();
app.MapProvisioning();
app.MapChangeNotifications();
app.MapGet("/", () => Results.Redirect("/lists"));

await app.Services.GetRequiredService<StateInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
await app.Services.GetRequiredService<ListStoreInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
await app.StartAsync();
try
{
    // Decided from the addresses the server really bound: an unauthenticated bot reachable from elsewhere must not serve.
    app.ConfirmBotListening(FunctionsHostPort.IsUnderFunctionsHost(app.Configuration));
}
catch (InvalidOperationException e)
{
    StartupLog.LogRefusedToStart(app.Logger, e.Message);
    await app.StopAsync();
    return ExitCodes.UnsafeConfiguration;
}

await app.LogWhatIsServedAsync(app.Lifetime.ApplicationStopping);
await app.WaitForShutdownAsync();
return 0;

// Started by path from another folder (a published app run from anywhere), the app reads the appsettings.json and
// function.json files beside its executable; where the current folder has the function folders (the Functions host,
// dotnet run in functions/, the tests) the default content root, the current folder, stays.
static string? ContentRootWhenStartedElsewhere() =>
    HasFunctionFolders(Directory.GetCurrentDirectory()) || !HasFunctionFolders(AppContext.BaseDirectory) ? null : AppContext.BaseDirectory;

static bool HasFunctionFolders(string folder) =>
    Directory.EnumerateDirectories(folder).Any(d => File.Exists(Path.Combine(d, "function.json")));

/// <summary>The Functions app's entry point (public so tests can host it).</summary>
public partial class Program;
