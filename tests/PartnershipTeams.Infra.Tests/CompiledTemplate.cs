using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Infra.Tests;

/// <summary>infra/main.bicep compiled once by the Bicep CLI into its ARM template, for tests that read what Azure will get.</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    public JsonObject Template { get; private set; } = [];

    /// <summary>The template as text, comments and all Bicep formatting gone.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>A resource by its symbolic name in main.bicep (the template has language version 2.0).</summary>
    public JsonObject Resource(string symbolicName) => Template["resources"]![symbolicName]!.AsObject();

    public async Task InitializeAsync()
    {
        var folder = Directory.CreateTempSubdirectory("partnerships-arm-").FullName;
        try
        {
            var output = Path.Combine(folder, "main.json");
            var result = await BicepCli.RunAsync("build", Path.Combine(RepositoryPaths.Root, "infra", "main.bicep"), "--outfile", output);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
            }

            Text = await File.ReadAllTextAsync(output);
            Template = JsonNode.Parse(Text)!.AsObject();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
