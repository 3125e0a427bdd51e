using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport.FakeGraph;

namespace PartnershipTeams.Lists.Tests.SharePoint;

/// <summary>Plain HTTP calls to the local Graph server, to pin how the server itself answers (no adapter in between).</summary>
public sealed class RawGraph(FakeGraphServer server) : IDisposable
{
    private const string SiteId = "contoso.sharepoint.com,2c7a3f5e-0c59-4e7a-9f61-3b0f2f6f1a10,6d1c0f7e-5a0b-4b5e-8c3a-1f0e2d3c4b5a";
    private readonly HttpClient client = new() { DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", "test-token") } };

    public string ItemsUrl(string list) => $"{server.BaseUrl}/sites/{SiteId}/lists/{server.SharePoint.FindList(list)!.Id}/items";

    public Task<HttpResponseMessage> GetAsync(string url, string? prefer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (prefer is not null)
        {
            request.Headers.Add("Prefer", prefer);
        }

        return client.SendAsync(request);
    }

    public Task<HttpResponseMessage> CreateAsync(string list, JsonObject fields) => PostAsync(ItemsUrl(list), new JsonObject { ["fields"] = fields });

    public Task<HttpResponseMessage> PostAsync(string url, JsonObject body) =>
        client.PostAsync(new Uri(url), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    public static async Task<JsonNode> BodyAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.First() : null;

    public void Dispose() => client.Dispose();
}
