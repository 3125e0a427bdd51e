using System.Collections.Immutable;
using Microsoft.Graph;
using Microsoft.Graph.Sites.Item;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>The SharePoint site (resolved from its URL once) and the ids of the lists provisioned in it.</summary>
internal sealed class GraphSite(GraphServiceClient client, GraphStoreOptions options)
{
    private readonly Lock gate = new();
    private Task<string>? resolution;
    private string? siteId;
    private ImmutableDictionary<string, (ListSchema Schema, string Id)> lists =
        ImmutableDictionary.Create<string, (ListSchema, string)>(StringComparer.OrdinalIgnoreCase);

    private ImmutableHashSet<string> requested = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The site id, resolved from the URL by the first caller and shared; a failed resolution is tried again next time.</summary>
    public async Task<string> IdAsync(CancellationToken cancellationToken)
    {
        Task<string> task;
        lock (gate)
        {
            task = resolution ??= ResolveAsync();
        }

        try
        {
            return siteId = await task.WaitAsync(cancellationToken);
        }
        catch (Exception) when (task.IsFaulted)
        {
            lock (gate)
            {
                if (resolution == task)
                {
                    resolution = null;
                }
            }

            throw;
        }
    }

    private async Task<string> ResolveAsync()
    {
        var url = new Uri(options.SiteUrl ?? throw new InvalidOperationException("SharePoint:SiteUrl is not set."));
        var byPath = new SiteItemRequestBuilder($"{options.GraphBaseUrl.TrimEnd('/')}/sites/{url.Host}:{url.AbsolutePath.TrimEnd('/')}", client.RequestAdapter);
        var site = await byPath.GetAsync(rc => rc.QueryParameters.Select = ["id"], CancellationToken.None);
        return site?.Id ?? throw new ListStoreUnavailableException($"The site {url} has no id.");
    }

    /// <summary>The site id, once provisioning resolved it (every list operation comes after provisioning).</summary>
    public string ResolvedId => siteId ?? throw new UnknownListException("No list is provisioned in this store yet.");

    public void Register(ListSchema schema, string listId) =>
        ImmutableInterlocked.Update(ref lists, known => known.SetItem(schema.Name, (schema, listId)));

    /// <summary>Notes lists a provisioning was asked for, so until it succeeds they are unavailable, not unknown.</summary>
    public void Request(IEnumerable<string> names) => ImmutableInterlocked.Update(ref requested, known => known.Union(names));

    public (ListSchema Schema, string Id) List(string name) =>
        lists.TryGetValue(name, out var list)
            ? list
            : requested.Contains(name)
                ? throw new ListStoreUnavailableException($"List '{name}' is not provisioned yet: SharePoint could not be reached when it was.")
                : throw new UnknownListException($"List '{name}' is not provisioned in this store.");

    public string? NameOfListId(string listId) =>
        lists.Values.FirstOrDefault(l => string.Equals(l.Id, listId, StringComparison.OrdinalIgnoreCase)).Schema?.Name;

    public string? ListIdOrNull(string name) => lists.TryGetValue(name, out var list) ? list.Id : null;
}
