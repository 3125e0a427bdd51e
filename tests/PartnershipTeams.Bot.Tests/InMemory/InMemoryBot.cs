using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartnershipTeams.Application;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.Protocol.Turns;
using PartnershipTeams.Reports;
using PartnershipTeams.State;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.InMemory;

/// <summary>
/// The bot's conversations with no HTTP, no connector and no token: the same registrations as the product, the embedded
/// store with the demo register, and each activity handed to the conversations as the endpoint would after checking it
/// (as the Agents SDK's <c>TestAdapter</c>). What the endpoint itself does (authentication, malformed requests, invoke
/// responses, the connector) is tested through HTTP with <see cref="BotTestHost"/>.
/// </summary>
public sealed class InMemoryBot : IAsyncDisposable
{
    /// <summary>Any address will do: nothing is sent to it.</summary>
    public const string ServiceUrl = "https://smba.invalid/teams/";

    private readonly IHost host;
    private readonly string folder;
    private readonly Dictionary<string, string> emails = new(StringComparer.Ordinal);

    private InMemoryBot(IHost host, string folder)
    {
        this.host = host;
        this.folder = folder;
    }

    public IListStore Store => host.Services.GetRequiredService<IListStore>();

    /// <summary>The bot's services, as the host composed them.</summary>
    public IServiceProvider Services => host.Services;

    /// <summary>The submission log, as the sync sees it (to mark what it wrote or set aside).</summary>
    public SubmissionLog Submissions => host.Services.GetRequiredService<SubmissionLog>();

    /// <summary>The submissions accepted so far (nothing writes them to the register here, so all are pending).</summary>
    public Task<IReadOnlyList<AcceptedSubmission>> SubmissionsAsync() =>
        host.Services.GetRequiredService<SubmissionLog>().WithStatusAsync(SubmissionStatus.Pending, CancellationToken.None);

    public static async Task<InMemoryBot> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("partnerships-turns-").FullName;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Path"] = Path.Combine(folder, "lists.db"),
            ["Store:StatePath"] = Path.Combine(folder, "operations.db"),
            ["Store:SeedDemoData"] = "true",
            ["Store:SeedDemoCurrentPeriod"] = "false", // as BotTestHost: the tests read the history as their register
        });
        builder.Services.AddBotUnderTest(builder.Configuration);
        var host = builder.Build();
        await host.Services.GetRequiredService<StateInitializer>().InitializeAsync(CancellationToken.None);
        await host.Services.GetRequiredService<ListStoreInitializer>().InitializeAsync(CancellationToken.None);
        return new InMemoryBot(host, folder);
    }

    /// <summary>What Teams answers when the bot asks for a member's email.</summary>
    public void KnowMember(string userId, string email) => emails[userId] = email;

    /// <summary>
    /// One turn: the activity (as <see cref="Activities"/> builds it) read by the protocol's reader, handled by the
    /// conversations, and what they answered.
    /// </summary>
    public async Task<IReadOnlyList<TurnReply>> SendAsync(JsonObject activity)
    {
        var read = JsonSerializer.Deserialize<Activity>(activity.ToJsonString(), BotJson.Options)!;
        var (input, problem) = ActivityReader.Read(read);
        if (input is null)
        {
            throw new InvalidOperationException($"The endpoint would refuse this activity (400): {problem}");
        }

        var turn = new RecordingTurn(read, input, read.From?.Id is { } id ? emails.GetValueOrDefault(id) : null);
        await host.Services.GetRequiredService<ITurnHandler>().HandleAsync(turn, CancellationToken.None);
        return turn.Replies;
    }

    public async ValueTask DisposeAsync()
    {
        host.Dispose();
        await Task.CompletedTask;
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
