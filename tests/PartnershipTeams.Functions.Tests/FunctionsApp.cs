using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Functions.Hosting;

namespace PartnershipTeams.Functions.Tests;

/// <summary>The Functions app on a fake clock, its own SQLite file, no standalone scheduler: tests run the timers themselves.</summary>
public sealed class FunctionsApp : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-fn-").FullName;

    private readonly IReadOnlyDictionary<string, string?> settings;

    private readonly Action<IServiceCollection>? services;

    public FunctionsApp(DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Clock = new FakeTimeProvider(now);
        this.settings = settings ?? new Dictionary<string, string?>();
        this.services = services;
    }

    public FakeTimeProvider Clock { get; }

    public IListStore Store => Services.GetRequiredService<IListStore>();

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
        var intake = Services.GetRequiredService<PartnershipTeams.Bot.Conversations.SubmissionIntake>();
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

    public Task<IReadOnlyList<string>?> RunAsync(string job) => Services.GetRequiredService<TimerJobRunner>().RunAsync(job, CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Store:Path", Path.Combine(folder, "lists.db"));
        builder.UseSetting("Store:StatePath", Path.Combine(folder, "operations.db"));
        builder.UseSetting("Store:SeedDemoData", "true");
        builder.UseSetting("Scheduler:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Azure.Core.TokenCredential>(new PartnershipTeams.TestSupport.StaticTokenCredential());
            this.services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
