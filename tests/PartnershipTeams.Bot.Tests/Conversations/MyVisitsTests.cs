using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Tests.InMemory;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>Issue 12 item 5: "mina besök" lists the user's own reports, each to correct (pre-filled) or withdraw (within the window).</summary>
public sealed class MyVisitsTests : InMemoryConversationTestBase
{
    private const string Reporter = "rapportor@linkoping.example";
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<int> GuangzhouAsync() =>
        (await Bot.Store.QueryAsync(PartnersList.Name, ListQuery.WhereEquals(PartnersList.Title, "Guangzhou"), None))[0].Id;

    /// <summary>A visit in the register, as the sync writes it.</summary>
    private async Task<(int Id, Visit Visit)> VisitInRegisterAsync(string title, string reporter, TimeSpan reportedAgo)
    {
        var visit = new Visit(
            title, await GuangzhouAsync(), VisitDirection.Outgoing, new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 9),
            ["Kommunledningskontoret", "Linköpings universitet"], "Anna Svensson, Li Wei", "Uppföljning av handlingsplanen",
            [ThematicArea.Education, ThematicArea.Culture], DemocracyDialogue.Yes, "Medborgardialog presenterad", null,
            [new OrganisationCost("Kommunledningskontoret", 42000.50m), new OrganisationCost("Linköpings universitet", 18000m)], [],
            reporter, DateTimeOffset.UtcNow - reportedAgo, Guid.NewGuid().ToString("N"), GenderEquality.No);
        var item = await Bot.Store.CreateAsync(VisitsList.Name, VisitsList.Fields(visit), None);
        return (item.Id, visit);
    }

    private static JsonObject Button(int visitId) => new() { [CardDataKeys.Item] = new ItemKey(VisitsList.Name, visitId).ToString() };

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

    private static string TextOf(JsonNode? node) => string.Join('\n', Flatten(node).Select(e => (string?)e["text"]).OfType<string>());

    [Fact]
    public async Task MyVisitsListsTheUsersOwnReportsOnly_EachWithCorrectAndWithdraw()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var older = await VisitInRegisterAsync("Delegation till Guangzhou", Reporter, TimeSpan.FromDays(2));
        var newer = await VisitInRegisterAsync("Studiebesök om biogas", Reporter, TimeSpan.FromDays(1));
        await VisitInRegisterAsync("Någon annans besök", "annan@linkoping.example", TimeSpan.FromDays(1));

        var calls = await SendAsync(Activities.Message(ServiceUrl, "mina besök"));

        var card = LastCard(calls);
        var text = calls.Last().CardText;
        Assert.Contains("Dina besöksrapporter", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Studiebesök om biogas", StringComparison.Ordinal) < text.IndexOf("Delegation till Guangzhou", StringComparison.Ordinal), "newest first");
        Assert.DoesNotContain("Någon annans besök", text, StringComparison.Ordinal);
        var actions = ConnectorCall.ActionsOf(card);
        Assert.All(actions, a => Assert.Equal("Action.Execute", (string?)a["type"]));
        Assert.Equal(
            [(MyVisitsCard.CorrectVerb, $"Visits/{newer.Id}"), (MyVisitsCard.WithdrawVerb, $"Visits/{newer.Id}"), (MyVisitsCard.CorrectVerb, $"Visits/{older.Id}"), (MyVisitsCard.WithdrawVerb, $"Visits/{older.Id}")],
            actions.Select(a => ((string)a["verb"]!, (string)a["data"]![CardDataKeys.Item]!)));
    }

    [Fact]
    public async Task MyVisitsInEnglish_AndWithNoReportsSaysSo()
    {
        Bot.KnowMember(Activities.UserId, "ny@linkoping.example");

        var calls = await SendAsync(Activities.Message(ServiceUrl, "my visits", "en-US"));

        Assert.Contains("You have not reported any visits yet.", calls.Last().CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correct_OpensTheFormPreFilledWithTheVisitAsStored()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var (id, visit) = await VisitInRegisterAsync("Delegation till Guangzhou", Reporter, TimeSpan.FromDays(30));

        var card = (await ExecuteAsync(MyVisitsCard.CorrectVerb, Button(id))).AsObject();

        Assert.Equal("Rätta besöksrapporten", (string?)card["body"]![0]!["text"]);
        Assert.Equal("Delegation till Guangzhou", (string?)Input(card, "Title")!["value"]);
        Assert.Equal(visit.PartnerId.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)Input(card, "Partner")!["value"]);
        Assert.Equal("Outgoing", (string?)Input(card, "Direction")!["value"]);
        Assert.Equal("2026-10-05", (string?)Input(card, "Start")!["value"]);
        Assert.Equal("2026-10-09", (string?)Input(card, "End")!["value"]);
        Assert.Equal("Education,Culture", (string?)Input(card, "Themes")!["value"]);
        Assert.Equal("Medborgardialog presenterad", (string?)Input(card, "DemocracyDialogueNote")!["value"]);
        // Each organisation on its row, its cost beside it, written back the Swedish way (issue 23: "42000.5" before).
        Assert.Equal(("Kommunledningskontoret", "42\u00a0000,50\u00a0kr"), ((string?)Input(card, "Cost1Organisation")!["value"], (string?)Input(card, "Cost1Amount")!["value"]));
        Assert.Equal(("Linköpings universitet", "18\u00a0000\u00a0kr"), ((string?)Input(card, "Cost2Organisation")!["value"], (string?)Input(card, "Cost2Amount")!["value"]));
        Assert.Null(Input(card, "Organisations"));
        Assert.Null(Input(card, "FollowUp1Title"));
        var submit = Assert.Single(ConnectorCall.ActionsOf(card));
        Assert.Equal($"Visits/{id}", (string?)submit["data"]![CardDataKeys.Item]);
        Assert.Matches("^[0-9a-f]{32}$", (string?)submit["data"]!["submissionId"]);
    }

    [Fact]
    public async Task CorrectionSubmitWithAProblem_KeepsTheValuesAndNamesTheFieldThenAValidOneIsAcceptedOnce()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var (id, visit) = await VisitInRegisterAsync("Delegation till Guangzhou", Reporter, TimeSpan.FromDays(30));
        var form = (await ExecuteAsync(MyVisitsCard.CorrectVerb, Button(id))).AsObject();
        var data = SubmittedAsShown(form);

        data["Title"] = "Delegation till Guangzhou och Macau";
        data["End"] = "2026-10-01";
        var refused = (await ExecuteAsync(VisitCorrectionCard.SubmitVerb, data)).AsObject();

        Assert.Equal("Delegation till Guangzhou och Macau", (string?)Input(refused, "Title")!["value"]);
        Assert.NotNull(Input(refused, "EndError"));
        Assert.Empty(await Bot.SubmissionsAsync());

        data["End"] = "2026-10-10";
        var confirmation = await ExecuteAsync(VisitCorrectionCard.SubmitVerb, data);
        await ExecuteAsync(VisitCorrectionCard.SubmitVerb, data); // Teams retries invokes

        Assert.Contains("Rättelsen är mottagen", TextOf(confirmation), StringComparison.Ordinal);
        var stored = Assert.Single(await Bot.SubmissionsAsync());
        Assert.Equal(SubmissionTypes.VisitCorrection.Kind, stored.Kind);
        var correction = SubmissionJson.Deserialize<VisitCorrection>(stored.Payload);
        Assert.Equal((id, "Delegation till Guangzhou och Macau", new DateOnly(2026, 10, 10)), (correction.VisitId, correction.Visit.Title, correction.Visit.End));
        Assert.Equal((visit.SubmissionId, Reporter, visit.ReportedAt.ToUnixTimeSeconds()), (correction.Visit.SubmissionId, correction.CorrectedByEmail, correction.Visit.ReportedAt.ToUnixTimeSeconds()));
        Assert.Equal(visit.Costs, correction.Visit.Costs);
    }

    [Fact]
    public async Task CorrectionOfAVisitAManagerChangedAfterTheFormOpened_ComesBackSayingSoWithTheValuesKept()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var (id, _) = await VisitInRegisterAsync("Delegation till Guangzhou", Reporter, TimeSpan.FromDays(3));
        var form = (await ExecuteAsync(MyVisitsCard.CorrectVerb, Button(id))).AsObject();
        var data = SubmittedAsShown(form);

        var asOpened = await Bot.Store.GetAsync(VisitsList.Name, id, None);
        await Bot.Store.UpdateAsync(VisitsList.Name, id, new Dictionary<string, object?> { [VisitsList.Participants] = "Anna Svensson, Li Wei, Karin Berg" }, asOpened.ETag, None); // the manager's fix
        data["Title"] = "Delegation till Guangzhou och Macau";

        var warned = (await ExecuteAsync(VisitCorrectionCard.SubmitVerb, data)).AsObject();

        Assert.Contains("Besöket har ändrats i registret sedan formuläret fylldes i", TextOf(warned), StringComparison.Ordinal);
        Assert.Equal("Delegation till Guangzhou och Macau", (string?)Input(warned, "Title")!["value"]);
        Assert.Empty(await Bot.SubmissionsAsync());

        var again = ConnectorCall.ActionsOf(warned)[0]["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in data.Where(p => p.Key is not "verb" and not "basedOn"))
        {
            again[key] = value?.DeepClone();
        }

        await ExecuteAsync(VisitCorrectionCard.SubmitVerb, again); // sent again knowingly: based on the visit as it is now
        Assert.Single(await Bot.SubmissionsAsync());
    }

    [Fact]
    public async Task CorrectAVisitReportedBeforeTheGenderEqualityQuestion_AsksItOnTheCardBeforeTheCorrectionIsAccepted()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var (id, _) = await VisitInRegisterAsync("Delegation till Guangzhou", Reporter, TimeSpan.FromDays(30));
        var item = await Bot.Store.GetAsync(VisitsList.Name, id, None);
        await Bot.Store.UpdateAsync(VisitsList.Name, id, new Dictionary<string, object?> { [VisitsList.GenderEquality] = null }, item.ETag, None);
        var form = (await ExecuteAsync(MyVisitsCard.CorrectVerb, Button(id))).AsObject();
        var data = SubmittedAsShown(form);

        var asked = (await ExecuteAsync(VisitCorrectionCard.SubmitVerb, data)).AsObject();
        data["GenderEquality"] = "NotApplicable";
        await ExecuteAsync(VisitCorrectionCard.SubmitVerb, data);

        Assert.Null(Input(form, "GenderEquality")!["value"]);
        Assert.Equal("Fältet måste fyllas i.", (string?)Input(asked, "GenderEqualityError")!["text"]);
        var correction = SubmissionJson.Deserialize<VisitCorrection>(Assert.Single(await Bot.SubmissionsAsync()).Payload);
        Assert.Equal(GenderEquality.NotApplicable, correction.Visit.GenderEquality);
    }

    [Fact]
    public async Task CorrectAVisitWhoseWithdrawalWaitsForTheSync_IsRefusedAndNothingIsStored()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var (id, _) = await VisitInRegisterAsync("Delegation till Guangzhou", Reporter, TimeSpan.FromDays(2));
        var form = (await ExecuteAsync(MyVisitsCard.CorrectVerb, Button(id))).AsObject(); // opened before withdrawing
        await ExecuteAsync(WithdrawConfirmationCard.ConfirmVerb, Button(id));
        var data = ConnectorCall.ActionsOf(form)[0]["data"]!.DeepClone().AsObject();
        data["Title"] = "Delegation till Guangzhou och Macau";

        var refused = await ExecuteAsync(VisitCorrectionCard.SubmitVerb, data);

        Assert.Equal("Besöket är återkallat och kan inte rättas.", (string?)refused);
        Assert.Equal(SubmissionTypes.VisitWithdrawal.Kind, Assert.Single(await Bot.SubmissionsAsync()).Kind);
    }

    [Fact]
    public async Task WithdrawAgainAfterAManagerRestoredTheVisit_SaysSoInsteadOfPretending()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var (id, _) = await VisitInRegisterAsync("Delegation till Guangzhou", Reporter, TimeSpan.FromDays(2));
        await ExecuteAsync(WithdrawConfirmationCard.ConfirmVerb, Button(id));
        await Bot.Submissions.MarkWrittenAsync(Assert.Single(await Bot.SubmissionsAsync()).Id, None); // the sync applied it; a manager then cleared the flag

        var again = await ExecuteAsync(WithdrawConfirmationCard.ConfirmVerb, Button(id));

        Assert.Contains("har återställts i registret", TextOf(again), StringComparison.Ordinal);
        Assert.Contains(Flatten(again), e => ((string?)e["text"])?.Contains("har återställts", StringComparison.Ordinal) == true && (string?)e["color"] == "attention");
        Assert.DoesNotContain("återkallas. Besöket finns kvar", TextOf(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawOutsideTheWindow_IsRefusedWithAClearMessageAndNothingIsStored()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var (id, visit) = await VisitInRegisterAsync("Delegation till Guangzhou", Reporter, TimeSpan.FromDays(8));

        var answer = await ExecuteAsync(MyVisitsCard.WithdrawVerb, Button(id));

        var reportedOn = Core.Time.BusinessTimeZone.DateOf(visit.ReportedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"En rapport kan bara återkallas inom 7 dagar efter att den skickades, och den här skickades {reportedOn}. Be internationella funktionen om hjälp om besöket ska tas bort.", (string?)answer);
        Assert.Empty(await Bot.SubmissionsAsync());
        Assert.DoesNotContain(ConnectorCall.ActionsOf(LastCard(await SendAsync(Activities.Message(ServiceUrl, "mina besök")))), a => (string?)a["verb"] == MyVisitsCard.WithdrawVerb);
    }

    [Fact]
    public async Task WithdrawWithinTheWindow_IsAcceptedOnceEvenWhenRetriedAndTheListingSaysSo()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var (id, visit) = await VisitInRegisterAsync("Delegation <b>till</b> Guangzhou", Reporter, TimeSpan.FromDays(6));

        var first = await ExecuteAsync(WithdrawConfirmationCard.ConfirmVerb, Button(id));
        await ExecuteAsync(WithdrawConfirmationCard.ConfirmVerb, Button(id));

        var text = TextOf(first);
        Assert.Contains("återkallas. Besöket finns kvar i registret", text, StringComparison.Ordinal);
        Assert.Contains("Återkallelsen är mottagen", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ConnectorCall.ActionsOf(first!.AsObject()), a => (string?)a["data"]![CardDataKeys.Item] == $"Visits/{id}");
        var stored = Assert.Single(await Bot.SubmissionsAsync());
        Assert.Equal(SubmissionTypes.VisitWithdrawal.Kind, stored.Kind);
        var withdrawal = SubmissionJson.Deserialize<VisitWithdrawal>(stored.Payload);
        Assert.Equal((id, visit.SubmissionId, Reporter), (withdrawal.VisitId, withdrawal.VisitSubmissionId, withdrawal.WithdrawnByEmail));
    }

    [Fact]
    public async Task CorrectOrWithdrawSomeoneElsesVisit_IsRefusedAndNothingIsStored()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var (id, _) = await VisitInRegisterAsync("Någon annans besök", "annan@linkoping.example", TimeSpan.FromDays(1));

        var correct = await ExecuteAsync(MyVisitsCard.CorrectVerb, Button(id));
        var withdraw = await ExecuteAsync(MyVisitsCard.WithdrawVerb, Button(id));

        Assert.Equal("Bara den som rapporterade besöket kan rätta eller återkalla det. Ingenting har ändrats.", (string?)correct);
        Assert.Equal((string?)correct, (string?)withdraw);
        Assert.Empty(await Bot.SubmissionsAsync());
    }

    [Fact]
    public async Task WithdrawnVisitIsShownAsWithdrawnWithoutButtons_AndLeftOutOfUpcomingVisits()
    {
        Bot.KnowMember(Activities.UserId, Reporter);
        var (id, visit) = await VisitInRegisterAsync("Framtida delegation", Reporter, TimeSpan.FromDays(1));
        var start = Core.Time.BusinessTimeZone.Today(TimeProvider.System).AddDays(10);
        var item = await Bot.Store.GetAsync(VisitsList.Name, id, None);
        await Bot.Store.UpdateAsync(VisitsList.Name, id, new Dictionary<string, object?> { [VisitsList.Start] = start, [VisitsList.End] = start.AddDays(2) }, item.ETag, None);
        Assert.Contains("Framtida delegation", (await SendAsync(Activities.Message(ServiceUrl, "kommande besök"))).Last().CardText, StringComparison.Ordinal);

        item = await Bot.Store.GetAsync(VisitsList.Name, id, None);
        await Bot.Store.UpdateAsync(VisitsList.Name, id, new Dictionary<string, object?> { [VisitsList.Withdrawn] = true, [VisitsList.WithdrawnAt] = visit.ReportedAt.AddHours(1) }, item.ETag, None);

        Assert.DoesNotContain("Framtida delegation", (await SendAsync(Activities.Message(ServiceUrl, "kommande besök"))).Last().CardText, StringComparison.Ordinal);
        var mine = (await SendAsync(Activities.Message(ServiceUrl, "mina besök"))).Last();
        Assert.Contains("Återkallad ", mine.CardText, StringComparison.Ordinal);
        Assert.Empty(ConnectorCall.ActionsOf(mine.Card));
        var correct = await ExecuteAsync(MyVisitsCard.CorrectVerb, Button(id));
        Assert.Equal("Besöket är återkallat och kan inte rättas.", (string?)correct);
    }

    [Fact]
    public void WithdrawWindowOfZeroDays_TurnsWithdrawalOffAndAWindowBeyondAYearIsRefusedAtStart()
    {
        Assert.False(new ReportOptions { WithdrawWithinDays = 0 }.MayWithdraw(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));
        Assert.True(new ReportOptionsValidator().Validate(null, new ReportOptions { WithdrawWithinDays = 0 }).Succeeded);
        Assert.True(new ReportOptionsValidator().Validate(null, new ReportOptions { WithdrawWithinDays = 366 }).Failed);
    }
}
