using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Browser;

/// <summary>The product with the demo register, its pages fetched as a browser does, and items found by title.</summary>
public abstract class RegisterPageTestBase : IAsyncLifetime
{
    private readonly ProductApp app = new();
    private HttpClient client = null!;

    protected ProductApp App => app;

    protected HttpClient Client => client;

    protected IListStore Store => app.Services.GetRequiredService<IListStore>();

    public Task InitializeAsync()
    {
        client = app.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    protected async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The id of the first item of <paramref name="list"/> whose title starts with <paramref name="title"/>.</summary>
    protected async Task<int> IdAsync(string list, string title) =>
        (await Store.QueryAsync(list, ListQuery.All, CancellationToken.None)).First(i => i.Text("Title")!.StartsWith(title, StringComparison.Ordinal)).Id;
}
