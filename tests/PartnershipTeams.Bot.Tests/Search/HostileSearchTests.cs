using System.Net;
using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Bot.Tests.Search;

public sealed class HostileSearchTests : SearchTestBase
{
    public static TheoryData<string> OddValues() => new()
    {
        """{"commandId":"searchRegister","parameters":[{"name":"query","value":42}]}""",
        """{"commandId":"searchRegister","parameters":[{"name":"query","value":"%%%%%"}]}""",
        """{"commandId":"searchRegister"}""",
        """{"commandId":"searchRegister","parameters":[{"name":"query"}],"queryOptions":{"skip":-5,"count":1000000}}""",
        """{"commandId":"searchRegister","parameters":[{"name":"query","value":{"nested":true}}],"queryOptions":{"skip":"x","count":null}}""",
        """{"commandId":"someOtherCommand","parameters":[{"name":"query","value":"guangzhou"}]}""",
        """{"parameters":"guangzhou"}""",
    };

    [Theory]
    [MemberData(nameof(OddValues))]
    public async Task OddParameters_GiveAResultListNeverAnError(string value)
    {
        var body = await InvokeAsync(Activities.SearchWithValue(ServiceUrl, JsonNode.Parse(value)));

        Assert.True(Results(body).Count <= 25);
    }

    [Fact]
    public async Task TenThousandCharacters_GiveAnEmptyResult()
    {
        Assert.Empty(await SearchAsync(new string('å', 10_000)));
    }

    [Fact]
    public async Task PageAskedBiggerThanTeamsShows_HoldsAtMost25()
    {
        Assert.True((await SearchAsync("a", count: 500)).Count <= 25);
    }

    [Theory]
    [InlineData("\"guangzhou\"")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    public async Task ValueThatIsNoObject_IsRefusedAsABadRequest(string value)
    {
        var activity = Activities.SearchWithValue(ServiceUrl, JsonNode.Parse(value));

        var response = await Host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
