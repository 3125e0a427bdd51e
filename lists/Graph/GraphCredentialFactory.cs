using Azure.Core;
using Azure.Identity;
using PartnershipTeams.Core.Lists;

namespace PartnershipTeams.Lists.Graph;

/// <summary>Chooses the credential: managed identity in Azure, else the app registration's certificate or secret.</summary>
public static class GraphCredentialFactory
{
    public static TokenCredential Create(GraphStoreOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        }

        if (string.IsNullOrWhiteSpace(options.TenantId) || string.IsNullOrWhiteSpace(options.ClientId))
        {
            throw new InvalidOperationException("SharePoint needs SharePoint:ManagedIdentityClientId, or SharePoint:TenantId and SharePoint:ClientId with a certificate or secret.");
        }

        if (!string.IsNullOrWhiteSpace(options.ClientCertificatePath))
        {
            return new ClientCertificateCredential(options.TenantId, options.ClientId, options.ClientCertificatePath);
        }

        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        }

        throw new InvalidOperationException("SharePoint:ClientCertificatePath or the SharePoint__ClientSecret environment variable is required with SharePoint:ClientId.");
    }
}
