using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Microsoft.IdentityModel.Protocols;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Graph;
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
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BotOptions>>().Value);
        services.AddSingleton<InboundAuthentication>();
        services.AddSingleton(sp => new BotTokenValidator(sp.GetRequiredService<BotOptions>(), TrustedIssuers(sp)));
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<ConversationSendGate>();
        // Rate limits are about the wall clock: the pacer never runs on the business clock (which tests move).
        services.AddSingleton(_ => new SendPacer(TimeProvider.System));
        services.AddSingleton(sp => BotCredential.From(sp.GetRequiredService<BotOptions>()));
        services.AddTransient<ConnectorTokenHandler>();
        services.AddTransient<ConnectorFailureMeter>();
        // Neither client follows redirects: a redirect could take the bot's token, or the keys it trusts, to another host.
        services.AddHttpClient("openid-metadata", http => http.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        // Uploads of accepted files go to the user's OneDrive by a pre-authorised URL: no token, no redirect.
        services.AddHttpClient<FileUploadClient>(http => http.Timeout = TimeSpan.FromSeconds(60))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddHttpClient<ConnectorClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler<ConnectorFailureMeter>()
            .AddHttpMessageHandler<ConnectorTokenHandler>()
            .AddResilienceHandler("connector", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                // Teams' rate-limit guidance: exponential backoff with random jitter on 429, and retry 412, 502 and 504
                // too (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit#handle-http-429-responses);
                // 503 is "not processed". Retry-After wins when Teams sends one.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode is { } status && ConnectorRetry.IsTransient(status)),
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
            }));

        services.AddTransient<GraphTokenHandler>();
        services.AddHttpClient<IAppInstaller, GraphAppInstaller>((sp, http) =>
            {
                http.BaseAddress = new Uri(sp.GetRequiredService<BotOptions>().GraphBaseUrl.TrimEnd('/') + "/");
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler<GraphTokenHandler>()
            .AddResilienceHandler("graph-install", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                // Graph throttles with 429 and Retry-After; an install that was refused is not retried.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode is System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.ServiceUnavailable or System.Net.HttpStatusCode.GatewayTimeout),
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromSeconds(2),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
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
        services.AddSingleton<Coordinators>();
        services.AddSingleton<IBotCommand, DigestCommand>();
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportOptions>, ReportOptionsValidator>();
        services.AddSingleton<OwnVisits>();
        services.AddSingleton<MyVisitsView>();
        services.AddSingleton<IBotCommand, MyVisitsCommand>();
        services.AddSingleton<ICardAction, VisitCorrectAction>();
        services.AddSingleton<ICardAction, VisitCorrectionSubmitAction>();
        services.AddSingleton<ICardAction, VisitWithdrawAction>();
        services.AddSingleton<IBotCommand, ReviewCommand>();
        services.AddSingleton<ReviewFileConsent>();
        services.AddSingleton<ICardAction, VisitSubmitAction>();
        services.AddSingleton<ICardAction, GoalSubmitAction>();
        services.AddSingleton<RemindedItems>();
        services.AddSingleton<ICardAction, ReminderSnoozeAction>();
        services.AddSingleton<ICardAction, ReminderDoneAction>();
        services.AddSingleton<ICardAction, ReminderUpdateAction>();
        services.AddSingleton<ICardAction, ActivitySubmitAction>();
        services.AddSingleton<ReminderView>();
        services.AddSingleton<ICardAction, ReminderRefreshAction>();
        services.AddSingleton<ICardAction>(sp => ActivatorUtilities.CreateInstance<ConfirmationRefreshAction>(sp, VisitConfirmationCard.RefreshVerb));
        services.AddSingleton<ICardAction>(sp => ActivatorUtilities.CreateInstance<ConfirmationRefreshAction>(sp, GoalUpdateCard.RefreshVerb));
        return services;
    }

    private static IReadOnlyList<TrustedIssuer> TrustedIssuers(IServiceProvider services)
    {
        var options = services.GetRequiredService<BotOptions>();
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient("openid-metadata");
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<OpenIdKeySource>();
        OpenIdKeySource Source(string url) => new(url, new HttpDocumentRetriever(http) { RequireHttps = !Loopback.IsLocalAddress(url) }, time, logger);
        var entra = string.IsNullOrWhiteSpace(options.TenantId) ? null : Source(options.EntraMetadataUrl.Replace("{tenant}", options.TenantId, StringComparison.Ordinal));
        return BotTokenValidator.IssuersFor(options, Source(options.OpenIdMetadataUrl), entra);
    }
}
