using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipTeams.Application;
using PartnershipTeams.Application.Chats;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Lists;
using PartnershipTeams.Protocol;
using PartnershipTeams.Reports;
using PartnershipTeams.State;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests;

/// <summary>The bot endpoint in memory, with the embedded store (demo data) in a temp folder.</summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;

    private BotTestHost(WebApplication app, string folder)
    {
        this.app = app;
        this.folder = folder;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IListStore Store => app.Services.GetRequiredService<IListStore>();

    /// <summary>The submissions accepted so far (nothing writes them to the register here, so all are pending).</summary>
    /// <summary>The submission log, as the sync sees it (to mark what it wrote or set aside).</summary>
    public SubmissionLog Submissions => app.Services.GetRequiredService<SubmissionLog>();

    public Task<IReadOnlyList<AcceptedSubmission>> SubmissionsAsync() =>
        app.Services.GetRequiredService<SubmissionLog>().WithStatusAsync(SubmissionStatus.Pending, CancellationToken.None);

    /// <summary>The conversation the test activities happen in, as the bot stored it (null when it stored nothing).</summary>
    public Task<ConversationReference?> ConversationAsync() =>
        app.Services.GetRequiredService<ConversationReferences>().FindAsync(Activities.ConversationId, CancellationToken.None);

    public static async Task<BotTestHost> StartAsync(IDictionary<string, string?>? settings = null, ILoggerProvider? logs = null)
    {
        var folder = Directory.CreateTempSubdirectory("partnerships-bot-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://localhost:7071",
            ["Store:Path"] = Path.Combine(folder, "lists.db"),
            ["Store:StatePath"] = Path.Combine(folder, "operations.db"),
            ["Store:SeedDemoData"] = "true",
            ["Store:SeedDemoCurrentPeriod"] = "false", // tests read the history as their register
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddBotUnderTest(builder.Configuration);
        var app = builder.Build();
        app.MapBot();
        await app.Services.GetRequiredService<StateInitializer>().InitializeAsync(CancellationToken.None);
        await app.Services.GetRequiredService<ListStoreInitializer>().InitializeAsync(CancellationToken.None);
        await app.StartAsync();
        app.ConfirmBotListening(underFunctionsHost: false);
        return new BotTestHost(app, folder);
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoint.Path)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
