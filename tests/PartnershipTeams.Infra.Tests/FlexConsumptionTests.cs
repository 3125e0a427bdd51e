using System.Text.Json.Nodes;

namespace PartnershipTeams.Infra.Tests;

/// <summary>The compiled template deploys the app the way the Flex Consumption plan requires.</summary>
public sealed class FlexConsumptionTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private static string? Text(JsonNode? node) => node?.GetValue<string>();

    [Fact]
    public void Plan_IsFlexConsumptionOnLinux()
    {
        var plan = compiled.Resource("plan");

        Assert.Equal("FC1", Text(plan["sku"]!["name"]));
        Assert.Equal("FlexConsumption", Text(plan["sku"]!["tier"]));
        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>());
    }

    [Fact]
    public void FunctionApp_RunsTheDotnetIsolatedWorkerFromItsDeploymentContainerWithTheManagedIdentity()
    {
        var config = compiled.Resource("functionApp")["properties"]!["functionAppConfig"]!;

        Assert.Equal("dotnet-isolated", Text(config["runtime"]!["name"]));
        Assert.Equal("10.0", Text(config["runtime"]!["version"]));
        Assert.Equal("blobContainer", Text(config["deployment"]!["storage"]!["type"]));
        Assert.Equal("UserAssignedIdentity", Text(config["deployment"]!["storage"]!["authentication"]!["type"]));
        Assert.Contains("deploymentContainerName", Text(config["deployment"]!["storage"]!["value"]), StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionApp_KeepsOneHttpInstanceAlwaysReadyByDefault()
    {
        var alwaysReady = Assert.Single(compiled.Resource("functionApp")["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!["alwaysReady"]!.AsArray());

        Assert.Equal("http", Text(alwaysReady!["name"]));
        Assert.Equal("[parameters('alwaysReadyHttpInstances')]", Text(alwaysReady["instanceCount"]));
        Assert.Equal(1, compiled.Template["parameters"]!["alwaysReadyHttpInstances"]!["defaultValue"]!.GetValue<int>());
    }

    /// <summary>The host resolves the timers' %Setting% schedules from app settings; they are the defaults the app's appsettings.json gives a laptop.</summary>
    [Theory]
    [InlineData("SyncSchedule")]
    [InlineData("RemindersSchedule")]
    [InlineData("RetentionSchedule")]
    [InlineData("SubscriptionsSchedule")]
    public void AppSettings_GiveEachTimerTheScheduleTheAppDefaultsTo(string setting)
    {
        var settings = Text(compiled.Resource("appSettings")["properties"])!;
        var appDefaults = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "functions", "appsettings.json")))!;

        Assert.Contains($"'{setting}', '{Text(appDefaults[setting])}'", settings, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PartnershipTeams.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (PartnershipTeams.sln) is not above the tests.");
    }

    [Theory]
    [InlineData("WEBSITE_TIME_ZONE")]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    [InlineData("WEBSITE_CONTENTSHARE")]
    [InlineData("linuxFxVersion")]
    public void Template_SetsNothingFlexConsumptionDoesNotSupport(string setting)
    {
        Assert.DoesNotContain(setting, compiled.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AppSettings_UseTheIdentityForHostStorageAndKeyVaultForTheSecret()
    {
        var settings = Text(compiled.Resource("appSettings")["properties"])!;

        Assert.Contains("'AzureWebJobsStorage__credential', 'managedidentity'", settings, StringComparison.Ordinal);
        Assert.Contains("'AzureWebJobsStorage__clientId', reference('identity').clientId", settings, StringComparison.Ordinal);
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", settings, StringComparison.Ordinal);
        Assert.Contains("reference('functionApp').defaultHostName", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("ClientSecret", compiled.Text, StringComparison.Ordinal);
    }
}
