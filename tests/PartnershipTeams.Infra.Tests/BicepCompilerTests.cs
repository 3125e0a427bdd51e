using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Infra.Tests;

/// <summary>
/// infra/ compiled and linted by the real Bicep CLI (restored from NuGet): no errors, no warnings. A warning that is
/// accepted must be silenced in the file itself with #disable-next-line and a comment saying why.
/// </summary>
public sealed class BicepCompilerTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("partnerships-bicep-").FullName;

    private static string MainBicep => Path.Combine(RepositoryPaths.Root, "infra", "main.bicep");

    [Fact]
    public async Task BuildMainBicep_CompilesWithoutDiagnostics()
    {
        var template = Path.Combine(scratch, "main.json");

        var result = await BicepCli.RunAsync("build", MainBicep, "--outfile", template);

        Assert.True(result.ExitCode == 0, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.True(new FileInfo(template).Length > 0);
    }

    [Fact]
    public async Task LintMainBicep_ReportsNoDiagnostics()
    {
        var result = await BicepCli.RunAsync("lint", MainBicep);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task LintFileWithAnUnusedParameterAndAMistypedProperty_ReportsBothAsWarnings()
    {
        var bicep = Path.Combine(scratch, "faulty.bicep");
        await File.WriteAllTextAsync(bicep, """
            param unused string

            resource site 'Microsoft.Web/sites@2024-04-01' = {
              name: 'faulty'
              location: resourceGroup().location
              properties: {
                functionAppConfig: {
                  runtime: { nam: 'custom' }
                }
              }
            }
            """);

        var result = await BicepCli.RunAsync("lint", bicep);

        Assert.Contains(result.Diagnostics, d => d.Contains("Warning no-unused-params", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Contains("Warning BCP089", StringComparison.Ordinal) && d.Contains("\"nam\"", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
