using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Time;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>
/// Issue 25 item 1: every date any card sends is held to the register's one window (10 years back to 5 ahead), on its
/// field with the values kept: a date at the window's edge is taken, a date past it comes back on the card, never a 500.
/// </summary>
public sealed class CardDateWindowTests : ConversationTestBase
{
    private const string Reporter = "rapportor@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;

    private static DateOnly Today => BusinessTimeZone.Today(TimeProvider.System);

    /// <summary>The window's edges (taken) and the days beyond them, up to what a date input can hold (refused).</summary>
    private static (string Date, bool Taken)[] Dates =>
    [
        (Iso(Today.AddYears(-10)), true),
        (Iso(Today.AddYears(5)), true),
        (Iso(Today.AddYears(-10).AddDays(-1)), false),
        (Iso(Today.AddYears(5).AddDays(1)), false),
        ("0001-01-01", false),
        ("9999-12-31", false),
    ];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task VisitCardDatesAtAndBeyondTheWindow_BeyondComeBackOnTheirFieldWithTheValuesKept()
    {
        var dateFields = new[] { "Start", "End" }.Concat(Enumerable.Range(1, VisitReportCard.FollowUpSlots).Select(n => $"FollowUp{n}Due"));
        var wrong = new List<string>();
        foreach (var field in dateFields)
        {
            foreach (var (date, taken) in Dates)
            {
                var form = LastCard(await SendAsync(Activities.Message(ServiceUrl, "rapportera besök")));
                var values = ValidReport(form);
                values[field] = date;
                if (field.StartsWith("FollowUp", StringComparison.Ordinal))
                {
                    values[field.Replace("Due", "Title", StringComparison.Ordinal)] = "Skicka protokollet";
                    values[field.Replace("Due", "Owner", StringComparison.Ordinal)] = Reporter;
                }

                var answer = LastCard(await SendAsync(Activities.Submit(ServiceUrl, Submitted(form, values))));
                wrong.AddRange(Judge("visit card", answer, field, date, taken, values));
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task CorrectionCardDatesAtAndBeyondTheWindow_BeyondComeBackOnTheirFieldWithTheValuesKept()
    {
        Connector.KnowMember(Activities.UserId, Reporter);
        var visitId = await VisitInRegisterAsync();
        var wrong = new List<string>();
        foreach (var field in new[] { "Start", "End" })
        {
            foreach (var (date, taken) in Dates)
            {
                var form = (await ExecuteAsync(MyVisitsCard.CorrectVerb, new JsonObject { [CardDataKeys.Item] = new ItemKey(VisitsList.Name, visitId).ToString() }))["value"]!.AsObject();
                var data = SubmittedAsShown(form);
                data[field] = date;
                var answer = (await ExecuteAsync(VisitCorrectionCard.SubmitVerb, data))["value"]!.AsObject();
                wrong.AddRange(Judge("correction card", answer, field, date, taken, data.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? string.Empty)));
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task ActivityCardDueAtAndBeyondTheWindow_BeyondComesBackOnItsFieldWithTheValuesKept()
    {
        Connector.KnowMember(Activities.UserId, Reporter);
        var activityId = await ActivityInRegisterAsync();
        var wrong = new List<string>();
        foreach (var (date, taken) in Dates)
        {
            var values = new Dictionary<string, string> { [ActivityUpdateCard.StatusField] = "Ongoing", [ActivityUpdateCard.DueField] = date };
            var submitted = new JsonObject { ["verb"] = ActivityUpdateCard.SubmitVerb, [CardDataKeys.Item] = new ItemKey(ActivitiesList.Name, activityId).ToString() };
            foreach (var (key, value) in values)
            {
                submitted[key] = value;
            }

            var answer = LastCard(await SendAsync(Activities.Submit(ServiceUrl, submitted)));
            wrong.AddRange(Judge("activity card", answer, ActivityUpdateCard.DueField, date, taken, values));
            if (taken)
            {
                var stored = ActivitiesList.Read(await Host.Store.GetAsync(ActivitiesList.Name, activityId, None))!;
                if (Iso(stored.FollowUpDue!.Value) != date)
                {
                    wrong.Add($"activity card: {date} was taken but the register holds {stored.FollowUpDue}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>What is wrong with the answer to a card that sent <paramref name="date"/> in <paramref name="field"/>.</summary>
    private static IEnumerable<string> Judge(string card, JsonObject answer, string field, string date, bool taken, IReadOnlyDictionary<string, string> sent)
    {
        var window = $"{Iso(Today.AddYears(-10))}–{Iso(Today.AddYears(5))}";
        var problem = (string?)Input(answer, $"{field}Error")?["text"];
        var namesTheWindow = problem?.Contains(window, StringComparison.Ordinal) == true;
        if (taken && namesTheWindow)
        {
            yield return $"{card}: {field} = {date} is in the window but was refused: {problem}";
        }

        if (!taken && !namesTheWindow)
        {
            yield return $"{card}: {field} = {date} came back without its field naming the window {window} (problem: {problem ?? "none"})";
        }

        if (!taken)
        {
            foreach (var (key, value) in sent.Where(p => Input(answer, p.Key) is not null))
            {
                if ((string?)Input(answer, key)!["value"] != value)
                {
                    yield return $"{card}: {field} = {date}: {key} came back as '{(string?)Input(answer, key)!["value"]}', not as sent ('{value}')";
                }
            }
        }
    }

    private static Dictionary<string, string> ValidReport(JsonObject card) => new()
    {
        ["Title"] = "Skolbesök från Guangzhou",
        ["Partner"] = (string)Input(card, "Partner")!["choices"]!.AsArray().First(c => (string?)c!["title"] == "Guangzhou")!["value"]!,
        ["Direction"] = "Incoming",
        ["Start"] = Iso(Today.AddDays(-10)),
        ["End"] = Iso(Today.AddDays(-8)),
        ["Purpose"] = "Samtal om lärarutbyten",
        ["Themes"] = "Education",
        ["DemocracyDialogue"] = "NotApplicable",
        ["GenderEquality"] = "No",
    };

    private static JsonObject Submitted(JsonObject card, IDictionary<string, string> values)
    {
        var data = ConnectorCall.ActionsOf(card).Single(a => (string?)a["style"] == "positive")["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in values)
        {
            data[key] = value;
        }

        return data;
    }

    /// <summary>What Teams sends when the form is submitted as shown: the button's data and every input's value, as strings.</summary>
    private static JsonObject SubmittedAsShown(JsonObject form)
    {
        var data = ConnectorCall.ActionsOf(form)[0]["data"]!.DeepClone().AsObject();
        foreach (var input in Flatten(form).Where(e => e["id"] is not null && e["value"] is not null && ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            data[(string)input["id"]!] = input["value"]!.ToString();
        }

        return data;
    }

    private async Task<JsonNode> ExecuteAsync(string verb, JsonObject data)
    {
        var response = await Host.PostAsync(Activities.Execute(ServiceUrl, verb, data.DeepClone().AsObject()));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        return body;
    }

    private async Task<int> GuangzhouAsync() =>
        (await Host.Store.QueryAsync(PartnersList.Name, ListQuery.WhereEquals(PartnersList.Title, "Guangzhou"), None))[0].Id;

    private async Task<int> VisitInRegisterAsync()
    {
        var visit = new Visit(
            "Delegation till Guangzhou", await GuangzhouAsync(), VisitDirection.Outgoing, Today.AddDays(-20), Today.AddDays(-18),
            ["Kommunledningskontoret"], "Anna Svensson", "Uppföljning av handlingsplanen", [ThematicArea.Education],
            DemocracyDialogue.NotApplicable, null, null, [], [], Reporter, DateTimeOffset.UtcNow.AddDays(-1), Guid.NewGuid().ToString("N"), GenderEquality.No);
        return (await Host.Store.CreateAsync(VisitsList.Name, VisitsList.Fields(visit), None)).Id;
    }

    private async Task<int> ActivityInRegisterAsync()
    {
        var activity = new Activity(
            "Skicka protokollet", await GuangzhouAsync(), null, ThematicArea.Education, "Kommunledningskontoret", Reporter,
            null, null, ActivityStatus.Planned, Today.AddDays(14), null, null);
        return (await Host.Store.CreateAsync(ActivitiesList.Name, ActivitiesList.Fields(activity, Guid.NewGuid().ToString("N")), None)).Id;
    }
}
