using System.Net.Http.Headers;
using Azure.Core;

namespace PartnershipTeams.Protocol;

/// <summary>Adds the bot's Bot Framework token (from Azure.Identity) to connector calls; none in local, unauthenticated mode.</summary>
public sealed class ConnectorTokenHandler(BotCredential botCredential) : DelegatingHandler
{
    private static readonly TokenRequestContext Scope = new(["https://api.botframework.com/.default"]);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (botCredential.Credential is { } credential)
        {
            var token = await credential.GetTokenAsync(Scope, cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
