using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// A <see cref="GraphServiceClient"/> with the SDK's own middleware; its retry handler is tuned so a throttled
/// request waits out Retry-After a bounded number of times, within a bounded total; last before the network, the
/// <see cref="SharePointTrafficHandler"/> decorates and paces every call.
/// </summary>
public static class GraphClientBuilder
{
    public static GraphServiceClient Build(GraphStoreOptions options, TokenCredential credential, HttpMessageHandler? finalHandler = null, RequestPacer? pacer = null, TimeProvider? time = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions());
        var retry = handlers.FirstOrDefault(h => h is RetryHandler);
        var tuned = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            Delay = 1,
            RetriesTimeLimit = options.MaxRetryWait,
        });
        if (retry is not null)
        {
            handlers[handlers.IndexOf(retry)] = tuned;
        }
        else
        {
            handlers.Insert(0, tuned);
        }

        var clock = time ?? TimeProvider.System;
        handlers.Add(new SharePointTrafficHandler(options.Organisation, pacer ?? new RequestPacer(clock), clock));
        var httpClient = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        var baseUrl = options.GraphBaseUrl.TrimEnd('/');
        var graphHost = new Uri(baseUrl);
        var scope = $"{graphHost.Scheme}://{graphHost.Authority}/.default";
        var authentication = new AzureIdentityAuthenticationProvider(credential, [graphHost.Host], scopes: [scope]);
        return new GraphServiceClient(httpClient, authentication, baseUrl);
    }
}
