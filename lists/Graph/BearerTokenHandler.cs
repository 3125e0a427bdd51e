using System.Net.Http.Headers;
using Azure.Core;

namespace PartnershipTeams.Lists.Graph;

/// <summary>Adds a bearer token for one scope to every request (the credential caches and renews it).</summary>
public sealed class BearerTokenHandler(TokenCredential credential, string scope) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return await base.SendAsync(request, cancellationToken);
    }
}
