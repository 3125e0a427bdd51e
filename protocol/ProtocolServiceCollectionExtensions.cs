using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using PartnershipTeams.Protocol.Http;
using PartnershipTeams.Protocol.Turns;
using Polly;

namespace PartnershipTeams.Protocol;

/// <summary>Registers the Bot Framework protocol: inbound authentication, the connector client and proactive messages.</summary>
public static class ProtocolServiceCollectionExtensions
{
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
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
        // The typed clients are built by the factories given here, not by the HttpClient factory's reflection over their
        // constructors (which compiles an expression tree per client on a cold start's first request).
        // Uploads of accepted files go to the user's OneDrive by a pre-authorised URL: no token, no redirect.
        services.AddHttpClient(nameof(FileUploadClient), http => http.Timeout = TimeSpan.FromSeconds(60))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddTypedClient((http, sp) => new FileUploadClient(http, sp.GetRequiredService<BotOptions>()));
        services.AddHttpClient(nameof(ConnectorClient))
            .AddTypedClient((http, sp) => new ConnectorClient(http, sp.GetRequiredService<ServiceUrlPolicy>(), sp.GetRequiredService<ConversationSendGate>()))
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
        services.AddSingleton<IMessenger, ConnectorMessenger>();
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
