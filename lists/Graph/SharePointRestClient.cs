using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Azure.Core;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// The SharePoint REST API of the site, for the two steps Graph v1.0 cannot take: giving a list its Swedish title (Graph
/// has no list update and makes the URL of the display name given at creation) and creating views (Graph has none).
/// Same identity as Graph, a token for the SharePoint host; as pnp/cli-microsoft365 calls it
/// (src/m365/spo/commands/list/list-view-add.ts). App-only tokens for SharePoint REST need a certificate or a managed
/// identity, not a client secret.
/// </summary>
public sealed class SharePointRestClient(HttpClient http, Uri siteUrl)
{
    public static SharePointRestClient Create(GraphStoreOptions options, TokenCredential credential, RequestPacer pacer, TimeProvider time, HttpMessageHandler? finalHandler = null)
    {
        var site = new Uri(options.SiteUrl ?? throw new InvalidOperationException("SharePoint:SiteUrl is not set."));
        var rest = options.RestRoot;
        var traffic = new SharePointTrafficHandler(options.Organisation, pacer, time) { InnerHandler = finalHandler ?? new SocketsHttpHandler() };
        var bearer = new BearerTokenHandler(credential, $"{site.Scheme}://{site.Authority}/.default") { InnerHandler = traffic };
        return new SharePointRestClient(new HttpClient(bearer), rest);
    }

    public async Task SetTitleAsync(string listId, string title, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, List(listId))
        {
            Content = Verbose(new JsonObject { ["__metadata"] = new JsonObject { ["type"] = "SP.List" }, ["Title"] = title }),
        };
        request.Headers.Add("X-HTTP-Method", "MERGE");
        request.Headers.Add("IF-MATCH", "*");
        await SendAsync(request, $"Setting the title of list {listId}", cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ViewTitlesAsync(string listId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(List(listId), "views?$select=Title"));
        var body = await SendAsync(request, $"Reading the views of list {listId}", cancellationToken);
        return [.. (body?["value"]?.AsArray() ?? []).Select(v => (string?)v?["Title"] ?? string.Empty)];
    }

    public async Task AddViewAsync(string listId, ManagerView view, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(List(listId), "views/add"))
        {
            Content = Verbose(new JsonObject
            {
                ["parameters"] = new JsonObject
                {
                    ["Title"] = view.Title,
                    ["ViewFields"] = new JsonObject { ["results"] = new JsonArray([.. view.Fields.Select(f => (JsonNode)f)]) },
                    ["Query"] = view.Query,
                    ["PersonalView"] = false,
                    ["SetAsDefaultView"] = false,
                    ["Paged"] = true,
                    ["RowLimit"] = view.RowLimit,
                },
            }),
        };
        await SendAsync(request, $"Adding view '{view.Title}' to list {listId}", cancellationToken);
    }

    private Uri List(string listId) => new(siteUrl, $"_api/web/lists(guid'{Uri.EscapeDataString(listId)}')/");

    private static StringContent Verbose(JsonObject body) =>
        new(body.ToJsonString(), System.Text.Encoding.UTF8, MediaTypeHeaderValue.Parse("application/json;odata=verbose"));

    private async Task<JsonNode?> SendAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json;odata=nometadata"));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                return text.Length == 0 ? null : JsonNode.Parse(text);
            }

            var said = await response.Content.ReadAsStringAsync(cancellationToken);
            throw (int)response.StatusCode is 401 or 403
                ? new ListStoreUnavailableException($"{what}: access denied by the SharePoint REST API. The app needs Sites.Selected (manage) on the site, and a certificate or managed identity.")
                : new ListStoreUnavailableException($"{what}: SharePoint answered {(int)response.StatusCode} ({said}).");
        }
        catch (HttpRequestException e)
        {
            throw new ListStoreUnavailableException($"{what}: SharePoint could not be reached ({e.Message}).", e);
        }
    }
}
