using Azure.Bicep.Types.Az;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Infra.Tests;

/// <summary>
/// Every resource type and API version in infra/ checked against the resource type index Bicep itself uses (the
/// Azure.Bicep.Types.Az package), besides the full compile in <see cref="BicepCompilerTests"/>: a version Azure does
/// not know fails here with its name.
/// </summary>
public sealed class BicepTypeTests
{
    private static readonly Lazy<HashSet<string>> KnownTypes = new(() =>
        new HashSet<string>(new AzTypeLoader().LoadTypeIndex().Resources.Keys, StringComparer.OrdinalIgnoreCase));

    private static string MainBicep => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.bicep"));

    public static TheoryData<string> Declarations() => new(BicepResources.Parse(MainBicep).Select(d => d.Key).Distinct(StringComparer.OrdinalIgnoreCase));

    [Theory]
    [MemberData(nameof(Declarations))]
    public void Resource_HasATypeAndApiVersionAzureKnows(string key)
    {
        Assert.Contains(key, KnownTypes.Value);
    }

    [Fact]
    public void MainBicep_DeclaresEveryPartOfTheDeployment()
    {
        var types = BicepResources.Parse(MainBicep).Select(d => d.Type).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Superset(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Microsoft.Web/sites", "Microsoft.Web/serverfarms", "Microsoft.Storage/storageAccounts", "Microsoft.Insights/components",
            "Microsoft.KeyVault/vaults", "Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.BotService/botServices",
            "Microsoft.BotService/botServices/channels",
        }, types);
    }

    [Fact]
    public void Storage_DeclaresTheQueuesAndTablesTheAppUses()
    {
        var bicep = MainBicep;

        Assert.Contains($"'{PartnershipTeams.State.AzureStorage.StateStorageOptions.QueueName}'", bicep, StringComparison.Ordinal);
        Assert.Contains($"'{PartnershipTeams.State.AzureStorage.StateStorageOptions.QueueName}-poison'", bicep, StringComparison.Ordinal);
        foreach (var table in Enum.GetValues<PartnershipTeams.Core.Operations.StateTable>())
        {
            Assert.Contains($"'pt{table}'", bicep, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("resource site 'Microsoft.Web/site@2024-04-01' = {")]
    [InlineData("resource site 'Microsoft.Web/sites@2024-13-01' = {")]
    public void Check_CatchesATypoInTypeOrVersion(string line)
    {
        var declaration = Assert.Single(BicepResources.Parse(line));

        Assert.DoesNotContain(declaration.Key, KnownTypes.Value);
    }
}
