using PartnershipTeams.Functions.Browser;
using PartnershipTeams.Functions.Health;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Lists;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseFunctionsHostPortWhenGiven(builder.Configuration);
builder.Services.AddPartnershipLists(builder.Configuration);

var app = builder.Build();
app.MapHealth();
app.MapListBrowser();
app.MapGet("/", () => Results.Redirect("/lists"));

await app.Services.GetRequiredService<ListStoreInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
app.LogWhatIsServedOnStart();
await app.RunAsync();

/// <summary>The Functions app's entry point (public so tests can host it).</summary>
public partial class Program;
