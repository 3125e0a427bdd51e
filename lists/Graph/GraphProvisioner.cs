using ColumnDefinition = PartnershipTeams.Core.Schema.ColumnDefinition;
using GraphColumn = Microsoft.Graph.Models.ColumnDefinition;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// Creates missing lists and columns on the site and indexes what the schema marks; reports drift, changes no data. With
/// the SharePoint REST API at hand, also gives each list its Swedish title (the URL stays the English name it was created
/// with) and adds the managers' views that are missing.
/// </summary>
internal sealed class GraphProvisioner(GraphServiceClient client, GraphSite site, SharePointRestClient? rest, ILogger logger)
{
    /// <summary>Provisions the lists; returns the names of the site's other lists.</summary>
    public async Task<IReadOnlyList<string>> ProvisionAsync(IReadOnlyList<ListSchema> schemas, CancellationToken cancellationToken)
    {
        site.Request(schemas.Select(s => s.Name));
        var siteId = await site.IdAsync(cancellationToken);
        var existing = await ExistingListsAsync(siteId, cancellationToken);
        var planned = new List<(ListSchema Schema, string ListId, List<GraphColumn> Columns)>();

        // First find every list and check every column, so drift anywhere changes nothing anywhere.
        foreach (var schema in schemas)
        {
            var listId = existing.GetValueOrDefault(schema.Name).Id;
            var columns = listId is null ? [] : await ColumnsAsync(siteId, listId, cancellationToken);
            CheckDrift(schema, columns);
            planned.Add((schema, listId ?? string.Empty, columns));
        }

        foreach (var (schema, knownId, knownColumns) in planned)
        {
            var isNew = knownId.Length == 0;
            var listId = isNew ? await CreateListAsync(siteId, schema, cancellationToken) : knownId;
            var columns = isNew ? await ColumnsAsync(siteId, listId, cancellationToken) : knownColumns;
            site.Register(schema, listId);
            foreach (var column in schema.Columns)
            {
                await EnsureColumnAsync(siteId, listId, column, columns.FirstOrDefault(c => Same(c, column)), cancellationToken);
            }

            if (rest is not null)
            {
                try
                {
                    await EnsureManagersViewAsync(schema, listId, isNew ? schema.Name : existing[schema.Name].DisplayName, cancellationToken);
                }
                catch (ListStoreUnavailableException e)
                {
                    // Titles and views are for the managers' eyes; the register works without them (an app-only secret, for one,
                    // is refused by SharePoint REST). They are tried again at the next provisioning.
                    GraphLog.ManagersViewNotSet(logger, schema.Name, e);
                }
            }
        }

        return [.. existing.Keys.Where(name => schemas.All(s => !string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>
    /// The site and its lists' ids, two requests (the site, its lists) instead of a provisioning's check of every list's
    /// columns, title and views; false when a list is missing.
    /// </summary>
    public async Task<bool> AttachAsync(IReadOnlyList<ListSchema> schemas, CancellationToken cancellationToken)
    {
        site.Request(schemas.Select(s => s.Name));
        var existing = await ExistingListsAsync(await site.IdAsync(cancellationToken), cancellationToken);
        if (schemas.Any(s => !existing.ContainsKey(s.Name)))
        {
            return false;
        }

        foreach (var schema in schemas)
        {
            site.Register(schema, existing[schema.Name].Id);
        }

        return true;
    }

    private static void CheckDrift(ListSchema schema, List<GraphColumn> columns)
    {
        foreach (var column in schema.Columns)
        {
            var found = columns.FirstOrDefault(c => Same(c, column));
            if (found is not null && GraphColumns.TypeOf(found) is { } type && type != column.Type)
            {
                throw new SchemaDriftException($"List '{schema.Name}': column '{column.Name}' is {type} in SharePoint but the schema says {column.Type}. Nothing was changed.");
            }
        }
    }

    private async Task EnsureColumnAsync(string siteId, string listId, ColumnDefinition column, GraphColumn? existing, CancellationToken cancellationToken)
    {
        var columns = client.Sites[siteId].Lists[listId].Columns;
        if (existing is null)
        {
            var lookupListId = column.LookupList is null ? null : site.ListIdOrNull(column.LookupList);
            await columns.PostAsync(GraphColumns.ToGraph(column, lookupListId), cancellationToken: cancellationToken);
            return;
        }

        var needsIndex = column.IsQueryable && existing.Indexed != true;
        var needsUnique = column.Unique && existing.EnforceUniqueValues != true;

        // Choices the schema has gained (the first version stored English names; the register now stores Swedish words)
        // are added beside the old ones, so items written before stay valid.
        var known = existing.Choice?.Choices ?? [];
        var newChoices = column.Choices.Where(c => !known.Contains(c, StringComparer.Ordinal)).ToList();
        if (needsIndex || needsUnique || newChoices.Count > 0)
        {
            var patch = new GraphColumn { Indexed = column.IsQueryable ? true : null, EnforceUniqueValues = column.Unique ? true : null };
            if (newChoices.Count > 0)
            {
                patch.Choice = new Microsoft.Graph.Models.ChoiceColumn { Choices = [.. known, .. newChoices], AllowTextEntry = existing.Choice?.AllowTextEntry ?? false, DisplayAs = existing.Choice?.DisplayAs };
            }

            await columns[existing.Id].PatchAsync(patch, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The Swedish title (Graph cannot rename a list; REST can) and every view of <see cref="ManagerViews"/> not there yet.</summary>
    private async Task EnsureManagersViewAsync(ListSchema schema, string listId, string? title, CancellationToken cancellationToken)
    {
        if (!string.Equals(title, schema.TitleSv, StringComparison.Ordinal))
        {
            await rest!.SetTitleAsync(listId, schema.TitleSv, cancellationToken);
        }

        var views = ManagerViews.Of(schema.Name).ToList();
        if (views.Count == 0)
        {
            return;
        }

        var present = await rest!.ViewTitlesAsync(listId, cancellationToken);
        foreach (var view in views.Where(v => !present.Contains(v.Title, StringComparer.OrdinalIgnoreCase)))
        {
            await rest.AddViewAsync(listId, view, cancellationToken);
        }
    }

    /// <summary>The site's lists by URL name (stable; the title may be Swedish), with their ids and titles.</summary>
    private async Task<Dictionary<string, (string Id, string? DisplayName)>> ExistingListsAsync(string siteId, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, (string Id, string? DisplayName)>(StringComparer.OrdinalIgnoreCase);
        var page = await client.Sites[siteId].Lists.GetAsync(rc => rc.QueryParameters.Select = ["id", "name", "displayName"], cancellationToken);
        while (page is not null)
        {
            foreach (var list in page.Value ?? [])
            {
                found[list.Name ?? list.DisplayName ?? string.Empty] = (list.Id!, list.DisplayName);
            }

            page = page.OdataNextLink is { } next ? await client.Sites[siteId].Lists.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
        }

        return found;
    }

    private async Task<List<GraphColumn>> ColumnsAsync(string siteId, string listId, CancellationToken cancellationToken)
    {
        var response = await client.Sites[siteId].Lists[listId].Columns.GetAsync(cancellationToken: cancellationToken);
        return response?.Value ?? [];
    }

    private async Task<string> CreateListAsync(string siteId, ListSchema schema, CancellationToken cancellationToken)
    {
        // Graph makes the URL of the display name given here and takes no other name (OneDrive/onedrive-api-docs#645): create
        // it with the schema's English name, a URL that stays stable; the Swedish title comes after, through REST.
        var created = await client.Sites[siteId].Lists.PostAsync(
            new List { DisplayName = schema.Name, Description = schema.TitleSv, ListProp = new ListInfo { Template = "genericList" } },
            cancellationToken: cancellationToken);
        return created?.Id ?? throw new ListStoreUnavailableException($"SharePoint created list '{schema.Name}' without an id.");
    }

    private static bool Same(GraphColumn graph, ColumnDefinition column) => string.Equals(graph.Name, column.Name, StringComparison.OrdinalIgnoreCase);
}
