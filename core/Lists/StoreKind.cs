using System.Text.Json.Serialization;

namespace PartnershipTeams.Core.Lists;

/// <summary>What a store keeps its data in; written as "sqlite", "sharepoint" or "azure-tables" in health reports and logs.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StoreKind>))]
public enum StoreKind
{
    /// <summary>An SQLite file on this machine: the embedded default.</summary>
    [JsonStringEnumMemberName("sqlite")]
    Sqlite,

    /// <summary>SharePoint lists through Microsoft Graph.</summary>
    [JsonStringEnumMemberName("sharepoint")]
    SharePoint,

    /// <summary>Azure Table Storage.</summary>
    [JsonStringEnumMemberName("azure-tables")]
    AzureTables,
}
