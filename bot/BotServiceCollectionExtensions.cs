using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Microsoft.IdentityModel.Protocols;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Http;
using PartnershipTeams.Bot.Protocol;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Bot.Turns;

namespace PartnershipTeams.Bot;

/// <summary>Registers the bot: protocol (auth in, connector out) and the conversations.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddPartnershipBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value);
        services.AddSingleton<InboundAuthentication>();
        services.AddSingleton(sp => new BotTokenValidator(sp.GetRequiredService<BotOptions>(), KeySources(sp)));
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<ConversationSendGate>();
        services.AddSingleton(sp => BotCredential.From(sp.GetRequiredService<BotOptions>()));
        services.AddTransient<ConnectorTokenHandler>();
        services.AddTransient<ConnectorFailureMeter>();
        // Neither client follows redirects: a redirect could take the bot's token, or the keys it trusts, to another host.
        services.AddHttpClient("openid-metadata", http => http.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddHttpClient<ConnectorClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler<ConnectorFailureMeter>()
            .AddHttpMessageHandler<ConnectorTokenHandler>()
            .AddResilienceHandler("connector", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                // Only answers that mean "not processed" are retried, so a message is never posted twice.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode is System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.ServiceUnavailable),
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromSeconds(1),
                ShouldRetryAfterHeader = true,
            }));

        services.AddOptions<LanguageOptions>().BindConfiguration(BotOptions.Section)
            .Validate(o => LanguagePolicy.IsValid(o.Language), $"Bot:Language must be \"{LanguagePolicy.Auto}\" or one of: {string.Join(", ", Languages.Supported.Select(c => c.Name))}.")
            .ValidateOnStart();
        services.AddSingleton(sp => LanguagePolicy.Parse(sp.GetRequiredService<IOptions<LanguageOptions>>().Value.Language));
        services.AddSingleton<ITurnHandler, BotRouter>();
        services.AddSingleton<IMessenger, ConnectorMessenger>();
        services.AddSingleton<InstallationHandler>();
        services.AddSingleton<ConversationDirectory>();
        services.AddSingleton<SubmissionIntake>();
        services.AddSingleton<PartnerChoices>();
        services.AddSingleton<OwnGoals>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        services.AddSingleton<IBotCommand, ReportVisitCommand>();
        services.AddSingleton<IBotCommand, UpdateGoalCommand>();
        services.AddSingleton<IBotCommand, MyFollowUpsCommand>();
        services.AddSingleton<IBotCommand, UpcomingVisitsCommand>();
        services.AddSingleton<ICardAction, VisitSubmitAction>();
        services.AddSingleton<ICardAction, GoalSubmitAction>();
        services.AddSingleton<RemindedItems>();
        services.AddSingleton<ICardAction, ReminderSnoozeAction>();
        services.AddSingleton<ICardAction, ReminderDoneAction>();
        services.AddSingleton<ICardAction, ReminderUpdateAction>();
        services.AddSingleton<ICardAction, ActivitySubmitAction>();
        return services;
    }

    private static List<OpenIdKeySource> KeySources(IServiceProvider services)
    {
        var options = services.GetRequiredService<BotOptions>();
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient("openid-metadata");
        List<string> urls = [options.OpenIdMetadataUrl];
        if (!string.IsNullOrWhiteSpace(options.TenantId))
        {
            urls.Add(options.EntraMetadataUrl.Replace("{tenant}", options.TenantId, StringComparison.Ordinal));
        }

        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<OpenIdKeySource>();
        return [.. urls.Select(url => new OpenIdKeySource(url, new HttpDocumentRetriever(http) { RequireHttps = !Loopback.IsLocalAddress(url) }, time, logger))];
    }
}
