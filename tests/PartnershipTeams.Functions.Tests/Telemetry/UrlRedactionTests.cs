using System.Diagnostics;
using PartnershipTeams.Functions.Telemetry;

namespace PartnershipTeams.Functions.Tests.Telemetry;

/// <summary>HTTP client spans keep the host and the shape of the path, never the ids of chats, people or ledger keys in it.</summary>
public sealed class UrlRedactionTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1xYz-personal/activities/1732%7C99", "https://smba.trafficmanager.net/emea/v3/conversations/{conversation}/activities/{activity}")]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc%40thread.tacv2/members/29%3A1user", "https://smba.trafficmanager.net/emea/v3/conversations/{conversation}/members/{member}")]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations", null)]
    [InlineData("https://acct.table.core.windows.net/ptReminders(PartitionKey='state',RowKey='Activities%252F12%7Canna.svensson%40linkoping.se%7C2026-12-02%7CT-7')", "https://acct.table.core.windows.net/ptReminders(PartitionKey={partition},RowKey={key})")]
    [InlineData("https://graph.microsoft.com/v1.0/users/anna.svensson%40linkoping.se?$select=id", "https://graph.microsoft.com/v1.0/users/{user}")]
    [InlineData("https://graph.microsoft.com/v1.0/users/0b8f7e2c/teamwork/installedApps/NjQ5/chat", "https://graph.microsoft.com/v1.0/users/{user}/teamwork/installedApps/{installation}/chat")]
    [InlineData("https://contoso-my.sharepoint.com/personal/anna_svensson_linkoping_se/_api/v2.0/drive/items/01ABC/uploadSession?guid=1", "https://contoso-my.sharepoint.com/personal/{user}/_api/v2.0/drive/items/01ABC/uploadSession")]
    [InlineData("https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com,1,2/lists/3/items?$filter=x", null)]
    public void Redact_ReplacesEveryIdByWhatItIdentifies(string url, string? expected)
    {
        Assert.Equal(expected, UrlRedaction.Redact(new Uri(url)));
    }

    [Fact]
    public void Apply_OverwritesTheSpansUrl()
    {
        using var span = new Activity("POST").Start();
        span.SetTag(UrlRedaction.UrlAttribute, "https://smba.trafficmanager.net/v3/conversations/a:anna/activities");

        UrlRedaction.Apply(span, new Uri("https://smba.trafficmanager.net/v3/conversations/a:anna/activities"));

        Assert.Equal("https://smba.trafficmanager.net/v3/conversations/{conversation}/activities", span.GetTagItem(UrlRedaction.UrlAttribute));
    }
}
