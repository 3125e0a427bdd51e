using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Application.Chats;
using PartnershipTeams.Application.Jobs;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Functions.Hosting;
using PartnershipTeams.Protocol;

namespace PartnershipTeams.TestSupport;

/// <summary>
/// The product for tests and benchmarks, composed by its own Program as `dotnet run --project functions` composes it:
/// embedded stores (with the demo data) in a temp folder, no standalone scheduler (a test runs the timers itself),
/// Graph reached with a static token (the local Graph server takes any). In memory, or on a real loopback port for a
/// browser or a load generator; on a clock the test moves, or on the real one.
/// </summary>
public sealed class ProductApp : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-").FullName;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly FakeTimeProvider? clock;

    private readonly Action<IServiceCollection>? services;

    /// <param name="now">The fake clock's start; null runs on the real clock.</param>
    /// <param name="settings">Configuration over the defaults, as environment variables would give it.</param>
    /// <param name="onLoopbackPort">Serve on 127.0.0.1 with Kestrel (started at once) instead of in memory.</param>
    /// <param name="services">Services a test puts in place of the app's (after the app registered its own).</param>
    public ProductApp(DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null, bool onLoopbackPort = false, Action<IServiceCollection>? services = null)
    {
        clock = now is { } start ? new FakeTimeProvider(start) : null;
        this.settings = settings ?? new Dictionary<string, string?>();
        this.services = services;

        // The app's content root (its function.json folders), which the factory looks up by this variable.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PARTNERSHIPTEAMS_FUNCTIONS", Path.Combine(RepositoryPaths.Root, "functions"));
        if (onLoopbackPort)
        {
            ServeOnLoopbackPort();
        }
    }

    /// <summary>
    /// Starts Kestrel on a free loopback port, the one "urls" names (http://127.0.0.1:0). Not UseKestrel(0): that
    /// clears the server's addresses after the app started binding them, a race that fails now and then
    /// (dotnet/aspnetcore#67714, "Fix flaky WebApplicationFactory Kestrel port race").
    /// </summary>
    public void ServeOnLoopbackPort()
    {
        UseKestrel();
        StartServer();
    }

    public FakeTimeProvider Clock => clock ?? throw new InvalidOperationException("This app runs on the real clock.");

    /// <summary>The base address, e.g. http://127.0.0.1:41234 (on a loopback port) or http://localhost (in memory).</summary>
    public string Address => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    public IListStore Store => Services.GetRequiredService<IListStore>();

    public IOperationalStore State => Services.GetRequiredService<IOperationalStore>();

    public SubmissionLog Submissions => Services.GetRequiredService<SubmissionLog>();

    public ConversationReferences Conversations => Services.GetRequiredService<ConversationReferences>();

    /// <summary>Waits until the condition holds: the app writes submissions in the background, off the queue.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            await Task.Delay(20, limit.Token);
        }
    }

    /// <summary>Accepts a submission as the bot does (recorded, then queued), and waits until the app has tried it once.</summary>
    public async Task<AcceptedSubmission> SubmitAndSettleAsync(SubmissionKind kind, string submissionId, string payload)
    {
        var intake = Services.GetRequiredService<PartnershipTeams.Application.Submissions.SubmissionIntake>();
        await intake.AcceptAsync(kind, submissionId, submissionId, "reporter@linkoping.example", payload, CancellationToken.None);
        return await SettledAsync(submissionId, attempts: 1);
    }

    /// <summary>The submission once it is no longer pending (written or set aside), or has failed <paramref name="attempts"/> times.</summary>
    public async Task<AcceptedSubmission> SettledAsync(string submissionId, int attempts = 0)
    {
        AcceptedSubmission? found = null;
        await WaitUntilAsync(async () => (found = await Submissions.FindAsync(submissionId, CancellationToken.None)) is { } s
            && (s.Status != SubmissionStatus.Pending || (attempts > 0 && s.Attempts >= attempts)));
        return found!;
    }

    /// <summary>Waits until every acknowledged submission is in the register (the app writes them off its queue).</summary>
    public Task WaitUntilEverySubmissionIsWrittenAsync() =>
        WaitUntilAsync(async () => (await Submissions.WithStatusAsync(SubmissionStatus.Pending, CancellationToken.None)).Count == 0, TimeSpan.FromSeconds(20));

    public Task<IReadOnlyList<string>?> RunAsync(string job) => Services.GetRequiredService<TimerJobRunner>().RunAsync(job, CancellationToken.None);

    /// <summary>
    /// The app's Main goes on once its host has started, and only then confirms that the bot listens on loopback alone;
    /// until it has, /api/messages answers 503 (Teams would try again). A test starts sending at once: wait for it.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var authentication = host.Services.GetRequiredService<InboundAuthentication>();
        SpinWait.SpinUntil(() => authentication.Ready, TimeSpan.FromSeconds(30));
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Store:Path", Path.Combine(folder, "lists.db"));
        builder.UseSetting("Store:StatePath", Path.Combine(folder, "operations.db"));
        builder.UseSetting("Store:SeedDemoData", "true");
        builder.UseSetting("Store:SeedDemoCurrentPeriod", "false"); // tests read the history as their register; a setting turns it on
        builder.UseSetting("Scheduler:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (clock is not null)
            {
                services.AddSingleton<TimeProvider>(clock);
            }

            services.AddSingleton<Azure.Core.TokenCredential>(new StaticTokenCredential());
            this.services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
