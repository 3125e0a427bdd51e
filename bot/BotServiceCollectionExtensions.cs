using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using PartnershipTeams.Application.Chats;
using PartnershipTeams.Application.Register;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Graph;
using PartnershipTeams.Bot.Proactive;
using PartnershipTeams.Bot.Texts;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Protocol;
using PartnershipTeams.Protocol.Http;
using PartnershipTeams.Protocol.Turns;
using Polly;

namespace PartnershipTeams.Bot;

/// <summary>Registers the bot: protocol (auth in, connector out) and the conversations.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddPartnershipBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotProtocol();

        services.AddTransient<GraphTokenHandler>();
        // Built by the factory given here, not by reflection over its constructor (an expression tree compiled at first use).
        services.AddHttpClient(nameof(IAppInstaller), (sp, http) =>
            {
                http.BaseAddress = new Uri(sp.GetRequiredService<BotOptions>().GraphBaseUrl.TrimEnd('/') + "/");
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            .AddTypedClient<IAppInstaller>((http, sp) => new GraphAppInstaller(http, sp.GetRequiredService<BotOptions>(), sp.GetRequiredService<ILogger<GraphAppInstaller>>()))
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
        services.AddSingleton<IProactiveMessages, TeamsProactiveMessages>();
        services.AddSingleton<InstallationHandler>();
        services.AddSingleton<ConversationDirectory>();
        services.AddSingleton<PartnerChoices>();
        services.AddSingleton<OwnGoals>();
        services.AddBotCommands();
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportOptions>, ReportOptionsValidator>();
        services.AddSingleton<OwnVisits>();
        services.AddSingleton<MyVisitsView>();
        services.AddSingleton<ICardAction, VisitCorrectAction>();
        services.AddSingleton<ICardAction, VisitCorrectionSubmitAction>();
        services.AddSingleton<ICardAction, VisitWithdrawAction>();
        services.AddSingleton<ICardAction, VisitWithdrawQuestionAction>();
        services.AddSingleton<ICardAction, VisitWithdrawCancelAction>();
        services.AddSingleton<RegisterSearchHandler>();
        services.AddSingleton<ReviewFileConsent>();
        services.AddSingleton<ISubmissionConfirmation, VisitCorrectionConfirmation>();
        services.AddSingleton<ISubmissionConfirmation, VisitWithdrawalConfirmation>();
        services.AddSingleton<SubmissionConfirmations>();
        services.AddSingleton<ICardAction, GoalChooseAction>();
        services.AddSingleton<ICardAction, ReminderSnoozeAction>();
        services.AddSingleton<ICardAction, ReminderDoneAction>();
        services.AddSingleton<IReminderUpdateForm, ActivityUpdateForm>();
        services.AddSingleton<IReminderUpdateForm, GoalUpdateForm>();
        services.AddSingleton<ICardAction, ReminderUpdateAction>();
        services.AddSingleton<ICardAction, ActivitySubmitAction>();
        services.AddSingleton<ReminderCardItems>();
        services.AddSingleton<ReminderView>();
        services.AddSingleton<ICardAction, ReminderRefreshAction>();
        return services;
    }
}
