using PartnershipTeams.Bot;
using PartnershipTeams.Functions;
using PartnershipTeams.Bot.Protocol;
using PartnershipTeams.Functions.Browser;
using PartnershipTeams.Functions.Health;
using PartnershipTeams.Functions.Notifications;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Lists;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseFunctionsHostPortWhenGiven(builder.Configuration);
builder.Services.AddPartnershipLists(builder.Configuration);
builder.Services.AddPartnershipBot(builder.Configuration);
builder.Services.AddPartnershipFunctions(builder.Configuration, builder.Environment.ContentRootPath);

var app = builder.Build();
app.MapHealth();
app.MapListBrowser();
app.MapBot();
app.MapTimerInvocations(app.Services.GetRequiredService<IReadOnlyList<TimerFunction>>());
app.MapProvisioning();
app.MapChangeNotifications();
app.MapGet("/", () => Results.Redirect("/lists"));

// Decide now, not at the first message: an unauthenticated bot off loopback must not start at all.
app.WarnWhenBotIsUnauthenticated(app.Services.GetRequiredService<InboundAuthentication>());
await app.Services.GetRequiredService<ListStoreInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
app.LogWhatIsServedOnStart();
await app.RunAsync();

/// <summary>The Functions app's entry point (public so tests can host it).</summary>
public partial class Program;
