namespace PartnershipTeams.Core.Lists;

/// <summary>Where a person opens an item of the register: its SharePoint display form, or this app's register browser on a laptop.</summary>
public interface IItemAddress
{
    /// <summary>The item's address, or null where there is none to open.</summary>
    Uri? ItemAt(string list, int id);
}

/// <summary>No address (a host without SharePoint that serves no register pages).</summary>
public sealed class NoItemAddress : IItemAddress
{
    public Uri? ItemAt(string list, int id) => null;
}
