namespace PartnershipTeams.State.AzureStorage;

/// <summary>
/// Where the operational state lives in Azure: the Function App's own storage account, from the settings the
/// Functions host reads too (AzureWebJobsStorage as a connection string locally, or identity-based in Azure with
/// AzureWebJobsStorage__accountName, or __tableServiceUri and __queueServiceUri). Unset: the embedded SQLite file.
/// </summary>
public sealed record StateStorageOptions(string? ConnectionString, Uri? TableServiceUri, Uri? QueueServiceUri, string? ManagedIdentityClientId)
{
    public const string Setting = "AzureWebJobsStorage";

    /// <summary>The queue the Functions host's queue trigger reads; its poison queue is "{name}-poison".</summary>
    public const string QueueName = "pt-submissions";

    public bool IsConfigured => ConnectionString is not null || TableServiceUri is not null;

    public static StateStorageOptions From(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var connectionString = configuration[Setting];
        var section = configuration.GetSection(Setting);
        var account = section["accountName"];
        Uri? Service(string name, string kind) =>
            section[name] is { Length: > 0 } uri ? new Uri(uri) : account is { Length: > 0 } ? new Uri($"https://{account}.{kind}.core.windows.net") : null;
        return new StateStorageOptions(
            string.IsNullOrWhiteSpace(connectionString) ? null : connectionString,
            Service("tableServiceUri", "table"),
            Service("queueServiceUri", "queue"),
            section["clientId"]);
    }
}
