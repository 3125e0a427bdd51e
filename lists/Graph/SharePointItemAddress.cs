using System.Globalization;
using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// An item's display form on the site: the provisioner names each list's URL after the schema's name, so the item is
/// at {site}/Lists/{name}/DispForm.aspx?ID={id}, behind the site's own permissions.
/// </summary>
public sealed class SharePointItemAddress(GraphStoreOptions options) : IItemAddress
{
    public Uri? ItemAt(string list, int id) =>
        Uri.TryCreate(string.Create(CultureInfo.InvariantCulture, $"{options.SiteUrl?.TrimEnd('/')}/Lists/{Uri.EscapeDataString(list)}/DispForm.aspx?ID={id}"), UriKind.Absolute, out var url)
            ? url
            : null;
}
