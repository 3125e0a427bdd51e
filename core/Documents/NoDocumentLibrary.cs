namespace PartnershipTeams.Core.Documents;

/// <summary>No document library: the embedded store keeps no files, so nothing is saved.</summary>
public sealed class NoDocumentLibrary : IDocumentLibrary
{
    public bool IsAvailable => false;

    public Task<Uri> SaveAsync(string fileName, byte[] content, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No document library is configured (the register is not in SharePoint).");
}
