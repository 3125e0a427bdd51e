using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bench;

/// <summary>Valid visit reports as Teams posts a card submit, spread over many users' chats.</summary>
public static class Submissions
{
    public const int Conversations = 50;

    /// <summary>
    /// Teams knows every user of the chats (GET members answers with their email), as it knows anyone who can
    /// submit a card: the bot asks once per chat and remembers it.
    /// </summary>
    public static void IntroduceUsers(FakeConnectorServer connector)
    {
        for (var n = 0; n < Conversations; n++)
        {
            connector.KnowMember(UserIdOf(n), $"bench-{n}@example.org");
        }
    }

    public static string IdOf(int n) => n.ToString("x32", CultureInfo.InvariantCulture);

    public static JsonObject VisitReport(string serviceUrl, int partner, int n) => new()
    {
        ["type"] = "message",
        ["id"] = $"activity-{n}",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserIdOf(n), ["aadObjectId"] = $"bench-{n % Conversations}" },
        ["conversation"] = new JsonObject { ["id"] = $"a:bench-{n % Conversations}", ["conversationType"] = "personal", ["tenantId"] = "t" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["locale"] = "sv-SE",
        ["replyToId"] = "activity-card",
        ["value"] = new JsonObject
        {
            ["verb"] = "visit.submit",
            ["submissionId"] = IdOf(n),
            ["Title"] = $"Besök {n}",
            ["Partner"] = partner.ToString(CultureInfo.InvariantCulture),
            ["Direction"] = "Outgoing",
            ["Start"] = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["End"] = DateTime.UtcNow.AddDays(-8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Purpose"] = "Mätning",
            ["Themes"] = "Culture",
            ["DemocracyDialogue"] = "NotApplicable",
            ["GenderEquality"] = "NotApplicable",
            ["Costs"] = "Kultur- och fritidsförvaltningen: 1 200,50 kr",
        },
    };

    private static string UserIdOf(int n) => $"29:bench-{n % Conversations}";

    public static double Percentile(IReadOnlyList<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];
}
