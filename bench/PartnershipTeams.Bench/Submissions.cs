using System.Globalization;
using System.Text.Json.Nodes;

namespace PartnershipTeams.Bench;

/// <summary>Valid visit reports as Teams posts a card submit, spread over many users' chats.</summary>
public static class Submissions
{
    public const int Conversations = 50;

    public static string IdOf(int n) => n.ToString("x32", CultureInfo.InvariantCulture);

    public static JsonObject VisitReport(string serviceUrl, int partner, int n) => new()
    {
        ["type"] = "message",
        ["id"] = $"activity-{n}",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:bench-{n % Conversations}", ["aadObjectId"] = $"bench-{n % Conversations}" },
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

    public static double Percentile(IReadOnlyList<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];
}
