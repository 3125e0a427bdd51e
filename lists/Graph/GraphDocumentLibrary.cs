using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using PartnershipTeams.Core.Documents;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// The site's document library "Rapporter" through Graph: found by name (created as a documentLibrary list the first
/// time), files put by path into its drive (simple upload, up to 250 MB), replacing a file of the same name.
/// Graph: https://learn.microsoft.com/graph/api/list-create, /api/list-get (drive), /api/driveitem-put-content.
/// Needs no more than Sites.Selected with write on the site (the app writes lists there already).
/// </summary>
public sealed class GraphDocumentLibrary(GraphServiceClient client, GraphStoreOptions options) : IDocumentLibrary
{
    public const string LibraryName = "Rapporter";

    private readonly GraphSite site = new(client, options);
    private string? driveId;

    public bool IsAvailable => true;

    public async Task<Uri> SaveAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            var drive = driveId ??= await DriveIdAsync(cancellationToken);
            using var stream = new MemoryStream(content);
            var item = await client.Drives[drive].Root.ItemWithPath(fileName).Content.PutAsync(stream, cancellationToken: cancellationToken);
            return Uri.TryCreate(item?.WebUrl, UriKind.Absolute, out var url)
                ? url
                : throw new ListStoreUnavailableException($"SharePoint stored {fileName} but gave no address for it.");
        }
        catch (Exception e) when (e is ApiException or HttpRequestException)
        {
            throw GraphErrors.Translate(e, $"saving {fileName} in {LibraryName}");
        }
    }

    private async Task<string> DriveIdAsync(CancellationToken cancellationToken)
    {
        var siteId = await site.IdAsync(cancellationToken);
        var lists = await client.Sites[siteId].Lists.GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "list"], cancellationToken);
        var library = lists?.Value?.FirstOrDefault(l => string.Equals(l.DisplayName, LibraryName, StringComparison.OrdinalIgnoreCase))
            ?? await client.Sites[siteId].Lists.PostAsync(new List { DisplayName = LibraryName, ListProp = new ListInfo { Template = "documentLibrary" } }, cancellationToken: cancellationToken);
        var drive = await client.Sites[siteId].Lists[library!.Id].Drive.GetAsync(cancellationToken: cancellationToken);
        return drive?.Id ?? throw new ListStoreUnavailableException($"The library {LibraryName} has no drive.");
    }
}
