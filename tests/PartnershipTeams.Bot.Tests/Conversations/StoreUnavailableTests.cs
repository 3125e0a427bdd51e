using System.Net;
using PartnershipTeams.TestSupport.FakeConnector;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>When the register cannot be reached the user is told so, plainly, and the request still gets its 200.</summary>
public sealed class StoreUnavailableTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-down-").FullName;
    private FakeConnectorServer connector = null!;
    private BotTestHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["Store:Path"] = folder }); // a folder, not a database file
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ReportVisitWhenTheRegisterIsDown_SaysSoWithoutA500()
    {
        var response = await host.PostAsync(Activities.Message(connector.ServiceUrl, "rapportera besök"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await connector.WaitForCallsAsync(1);
        Assert.Equal("Registret går inte att nå just nu. Försök igen om en stund; inget av det du skrivit har sparats.", (string?)calls.Last().Body!["text"]);
    }
}
