namespace PartnershipTeams.Core.Documents;

/// <summary>
/// The site's document library for reports ("Rapporter") when the register is in SharePoint; on the embedded store
/// there is none and <see cref="IsAvailable"/> is false.
/// </summary>
public interface IDocumentLibrary
{
    bool IsAvailable { get; }

    /// <summary>Saves (or replaces) a file and returns the address people open it at.</summary>
    Task<Uri> SaveAsync(string fileName, byte[] content, CancellationToken cancellationToken);
}
