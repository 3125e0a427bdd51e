using System.Net.Http.Headers;
using Azure.Core;
using PartnershipTeams.Protocol;

namespace PartnershipTeams.Bot.Graph;

/// <summary>Adds the bot identity's Microsoft Graph token (application permissions) to Graph calls.</summary>
public sealed class GraphTokenHandler(BotCredential botCredential, BotOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (botCredential.Credential is { } credential)
        {
            var scope = new TokenRequestContext([$"{new Uri(options.GraphBaseUrl).GetLeftPart(UriPartial.Authority)}/.default"]);
            var token = await credential.GetTokenAsync(scope, cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
