using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Functions.Tests.Demo;

/// <summary>A first run on the embedded defaults, as a new user tries it in the Agents Playground (its default user).</summary>
public sealed class FirstRunTests : IAsyncLifetime
{
    private readonly ProductApp app = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), new Dictionary<string, string?> { ["Store:SeedDemoCurrentPeriod"] = "true" });
    private FakeConnectorServer connector = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnectorServer.StartAsync();
        connector.KnowMember(Activities.UserId, "alexw@example.com");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private async Task<string> AskAsync(string text)
    {
        var before = connector.Calls.Count(c => c.Card is not null);
        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative),
            new StringContent(Activities.Message(connector.ServiceUrl, text).ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return connector.Calls.Where(c => c.Card is not null).Skip(before).Last().CardText;
    }

    [Fact]
    public async Task UpcomingVisitsOnTheDemoData_ShowsTheVisitsOfTheCurrentPeriod()
    {
        var text = await AskAsync("kommande besök");

        Assert.Contains("Delegation från Guangzhou om hållbar stadsutveckling", text, StringComparison.Ordinal);
        Assert.Contains("Kommunstyrelsens delegationsresa till Guangzhou", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyFollowUpsOnTheDemoData_ShowsThePlaygroundUserOneDueSoonAndOneOverdue()
    {
        var text = await AskAsync("mina uppföljningar");

        Assert.Contains("Skicka avsiktsförklaring om lärarutbyten", text, StringComparison.Ordinal);
        Assert.Contains("Rapport från skolbesöket till utbildningsnämnden", text, StringComparison.Ordinal);
        Assert.Contains("Försenad", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateGoalOnTheDemoData_OffersThePlaygroundUserTheirGoal()
    {
        var text = await AskAsync("uppdatera mål");

        Assert.Contains("Fler lärarutbyten med Guangzhou", text, StringComparison.Ordinal);
    }
}
