using Microsoft.Playwright;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.TestSupport.Browser;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.EndToEnd.Tests;

/// <summary>
/// The product driven from a real chat client: the Microsoft 365 Agents Playground in headless Chromium,
/// against the product on a loopback port. Each scenario asserts on what a person sees and on the register.
/// </summary>
public sealed class ChatScenarios() : PlaygroundScenarios(Now, Settings)
{
    private static readonly CancellationToken None = CancellationToken.None;

    // The Playground always sends locale en-US; the municipality's setting makes the bot answer in Swedish.
    private static readonly Dictionary<string, string?> Settings = new() { ["Bot:Language"] = "sv" };

    // Tuesday 2027-03-02 09:00 in Stockholm; the follow-up below is due Wednesday 2027-03-17.
    private static readonly DateTimeOffset Now = new(2027, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The Playground's user, as Teams told the bot at install.</summary>
    private async Task<string> UserEmailAsync() =>
        Assert.Single(await Product.State.QueryAsync(StateTable.Conversations, "Scope", nameof(ConversationScope.Personal), None))["UserEmail"]!;

    private async Task FillVisitReportAsync(string end, string owner)
    {
        await Chat.SayAsync("rapportera besök");
        await Chat.SeeAsync("Rapportera besök eller delegationsresa");
        await Chat.FillAsync("Rubrik", "Delegation till Guangzhou mars 2027");
        await Chat.ChooseAsync("Vänort", "Guangzhou");
        await Chat.PickAsync("Riktning", "Outgoing");
        await Chat.FillDateAsync(0, "2027-03-08");
        await Chat.FillDateAsync(1, end);
        await Chat.FillAsync("Syfte", "Förbereda det gemensamma forskningscentret");
        await Chat.CheckAsync("Forskning och utbildning");
        await Chat.CheckAsync("Energi och miljöteknologi och urbana innovationer");
        await Chat.PickAsync("demokratiska processer", "Yes");
        await Chat.FillAsync("Hur? (krävs om svaret är ja)", "Kommunens medborgardialog presenterades");
        await Chat.PickAsync("Beaktades jämställdhet", "No");
        await Chat.PressAsync("Lägg till uppföljning");
        await Chat.FillAsync("Åtgärd", "Skicka avsiktsförklaring till universitetet");
        await Chat.FillAsync("Ansvarig (e-post)", owner);
        await Chat.FillDateAsync(2, "2027-03-17");
    }

    private async Task<string> PageAsync(string path)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri($"{Product.Address}{path}"));
    }

    [Fact]
    public async Task Install_ShowsTheSwedishWelcomeCardOnce()
    {
        await Chat.ScreenshotAsync("1-install-welcome");

        Assert.Equal(1, await Chat.CountAsync("Välkommen till vänortsrapporteringen"));
        Assert.Equal("true", Assert.Single(await Product.State.QueryAsync(StateTable.Conversations, "Scope", nameof(ConversationScope.Personal), None))["Active"]);
    }

    [Fact]
    public async Task ReportVisit_IsConfirmedAndAfterOneSyncInTheRegisterWithItsFollowUp()
    {
        await FillVisitReportAsync(end: "2027-03-12", owner: await UserEmailAsync());
        await Chat.PressAsync("Skicka rapporten");
        await Chat.SeeAsync("Tack! Besöket är rapporterat");
        await Chat.ScreenshotAsync("2-report-visit-confirmed");

        await Product.WaitUntilEverySubmissionIsWrittenAsync();
        await Product.RunAsync("sync");

        Assert.Contains("Delegation till Guangzhou mars 2027", await PageAsync("/lists/Visits"), StringComparison.Ordinal);
        Assert.Contains("Skicka avsiktsförklaring till universitetet", await PageAsync("/lists/Activities"), StringComparison.Ordinal);
        var visit = Assert.Single(await Product.Store.QueryAsync(VisitsList.Name, ListQuery.Where(VisitsList.Start, ComparisonOperator.Equal, new DateOnly(2027, 3, 8)), None));
        Assert.Equal(["Forskning och utbildning", "Energi och miljöteknologi och urbana innovationer"], visit.Choices(VisitsList.Themes).Order().Reverse());
        Assert.Equal("Ja", visit.Text(VisitsList.DemocracyDialogue));
    }

    [Fact]
    public async Task ReportVisitEndingBeforeItStarts_ComesBackWithTheErrorAtTheEndDateAndTheValuesKept()
    {
        await FillVisitReportAsync(end: "2027-03-05", owner: await UserEmailAsync());
        await Chat.PressAsync("Skicka rapporten");
        await Chat.SeeAsync("Slutdatum kan inte vara före startdatum.");
        await Chat.ScreenshotAsync("3-report-visit-end-before-start");

        var error = await Chat.Page.GetByText("Slutdatum kan inte vara före startdatum.").Last.BoundingBoxAsync();
        var end = await Chat.Page.GetByPlaceholder("Select a date...").Nth(1).BoundingBoxAsync();
        var next = await Chat.Page.GetByText("Deltagande organisationer").Last.BoundingBoxAsync();
        Assert.True(error!.Y > end!.Y && error.Y < next!.Y, "the error stands between the end date and the next field");
        Assert.Equal("Delegation till Guangzhou mars 2027", await Chat.Page.GetByLabel("Rubrik").Last.InputValueAsync());
        Assert.Empty(await Product.State.QueryAsync(StateTable.Submissions, "Status", nameof(SubmissionStatus.Pending), None));
    }

    [Fact]
    public async Task UpdateGoal_NewStatusIsInTheGoalsListAndItsHistory()
    {
        var plan = (await Product.Store.QueryAsync(ActionPlansList.Name, ListQuery.All, None))[0].Id;
        var goal = await Product.Store.CreateAsync(GoalsList.Name, new Dictionary<string, object?>
        {
            [GoalsList.Title] = "Tio studentutbyten per år",
            [GoalsList.ActionPlan] = plan,
            [GoalsList.Theme] = RegisterWords.Of(ThematicArea.ResearchAndHigherEducation),
            [GoalsList.OwnerEmail] = await UserEmailAsync(),
            [GoalsList.Status] = RegisterWords.Of(GoalStatus.AtRisk),
            [GoalsList.Target] = 10,
            [GoalsList.Current] = 4,
        }, None);

        await Chat.SayAsync("uppdatera mål");
        await Chat.SeeAsync("Uppdatera uppnåendemål");
        await Chat.ChooseAsync("Uppnåendemål", "Tio studentutbyten per år (I riskzonen)");
        await Chat.PickAsync("Achieved");
        await Chat.FillAsync("Nuvarande värde", "10");
        await Chat.FillAsync("Kommentar", "Tio utbyten klara i år");
        await Chat.PressAsync("Spara läget");
        await Chat.SeeAsync("Tack! Läget är rapporterat");
        await Chat.ScreenshotAsync("4-update-goal");
        await Product.WaitUntilEverySubmissionIsWrittenAsync();
        await Product.RunAsync("sync");

        Assert.Contains("<td>Uppnått</td>", await PageAsync("/lists/Goals"), StringComparison.Ordinal);
        var history = Assert.Single(await Product.Store.QueryAsync(GoalUpdatesList.Name, ListQuery.WhereEquals(GoalUpdatesList.Goal, goal.Id), None));
        Assert.Equal(("Uppnått", "Tio utbyten klara i år"), (history.Text(GoalUpdatesList.Status), history.Text(GoalUpdatesList.Comment)));
    }

    [Fact]
    public async Task MyVisitsCorrectAReportedVisit_TheCardIsPrefilledAndTheRegisterGetsTheCorrection()
    {
        await FillVisitReportAsync(end: "2027-03-12", owner: "anna.svensson@linkoping.example");
        await Chat.PressAsync("Skicka rapporten");
        await Chat.SeeAsync("Tack! Besöket är rapporterat");
        await Product.WaitUntilEverySubmissionIsWrittenAsync();

        await Chat.SayAsync("mina besök");
        await Chat.SeeAsync("Dina besöksrapporter");
        await Chat.ScreenshotAsync("7-my-visits");
        await Chat.PressAsync("Rätta");
        await Chat.SeeAsync("Rätta besöksrapporten");
        Assert.Equal("Delegation till Guangzhou mars 2027", await Chat.Page.GetByLabel("Rubrik").Last.InputValueAsync());
        await Chat.ScreenshotAsync("7-correct-visit");
        await Chat.Page.GetByLabel("Rubrik").Last.FillAsync("Delegation till Guangzhou och Macau mars 2027");
        await Chat.PressAsync("Skicka rättelsen");
        await Chat.SeeAsync("Tack! Rättelsen är mottagen");
        await Product.WaitUntilEverySubmissionIsWrittenAsync();

        Assert.Contains("Delegation till Guangzhou och Macau mars 2027", await PageAsync("/lists/Visits"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderSevenDaysBeforeTheFollowUp_AppearsOnceAndSnoozeMovesIt()
    {
        await FillVisitReportAsync(end: "2027-03-12", owner: await UserEmailAsync());
        await Chat.PressAsync("Skicka rapporten");
        await Chat.SeeAsync("Tack! Besöket är rapporterat");
        await Product.WaitUntilEverySubmissionIsWrittenAsync();
        await Product.RunAsync("sync");

        Product.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 10, 6, 30, 0, TimeSpan.Zero)); // Wednesday 07:30, T-7
        await Product.RunAsync("reminders");
        await Product.RunAsync("reminders");
        await Chat.SeeAsync("Sista dag är 2027-03-17 (om 7 dagar).");
        await Chat.ScreenshotAsync("5-reminder");
        Assert.Equal(1, await Chat.CountAsync("Sista dag är 2027-03-17 (om 7 dagar)."));

        await Chat.PressAsync("Påminn om en vecka");
        await Chat.SeeAsync("Flyttad: ny sista dag är 2027-03-24.");
        await Chat.ScreenshotAsync("5-reminder-snoozed");

        var followUp = Assert.Single(await Product.Store.QueryAsync(ActivitiesList.Name, ListQuery.WhereEquals(ActivitiesList.ResponsibleEmail, await UserEmailAsync()), None));
        Assert.Equal(new DateOnly(2027, 3, 24), followUp.Date(ActivitiesList.FollowUpDue));
    }

    [Fact]
    public async Task VisitCard_OpensWithTheEssentialsAndCostsAndFollowUpsOpenOnTheCardAndASwedishAmountReachesTheRegister()
    {
        await Chat.SayAsync("rapportera besök");
        await Chat.SeeAsync("Rapportera besök eller delegationsresa");
        var firstView = await Chat.VisibleFieldsAsync();
        var firstHeight = (await Chat.LastCard.BoundingBoxAsync())!.Height;
        await Chat.CardScreenshotAsync("9-visit-card-first-view");

        await Chat.PressAsync("Ange kostnader");
        await Chat.PressAsync("Fler organisationer");
        await Chat.PressAsync("Lägg till uppföljning");
        await Chat.PressAsync("Lägg till ytterligare en");
        Assert.True(await Chat.VisibleFieldsAsync() > firstView, "the parts opened on the card");
        await Chat.FillAsync("Rubrik", "Skolbesök från Guangzhou mars 2027");
        await Chat.ChooseAsync("Vänort", "Guangzhou");
        await Chat.PickAsync("Riktning", "Incoming");
        await Chat.FillDateAsync(0, "2027-03-08");
        await Chat.FillDateAsync(1, "2027-03-10");
        await Chat.FillAsync("Organisation 1", "Utbildningsförvaltningen, Linköpings kommun");
        await Chat.Page.GetByLabel("Belopp (kr)").First.PressSequentiallyAsync("12 500,50");
        await Chat.FillAsync("Organisation 2", "Linköpings universitet");
        await Chat.Page.GetByLabel("Belopp (kr)").Nth(1).PressSequentiallyAsync("8 000 kr");
        await Chat.FillAsync("Deltagare (en per rad)", "Karin Lind, utbildningsförvaltningen\nWang Li, Guangzhou Education Bureau");
        await Chat.FillAsync("Kvinnor", "1");
        await Chat.FillAsync("Män", "1");
        await Chat.FillAsync("Syfte", "Samtal om lärarutbyten");
        await Chat.CheckAsync("Utbildning");
        await Chat.PickAsync("demokratiska processer", "NotApplicable");
        await Chat.PickAsync("Beaktades jämställdhet", "Yes");
        await Chat.FillAsync("Hur beaktades jämställdhet? (krävs om svaret är ja)", "Samtal om flickors och pojkars studieresultat");
        await Chat.FillAsync("Åtgärd", "Skicka programförslag för lärarutbytet");
        await Chat.FillAsync("Ansvarig (e-post)", await UserEmailAsync());
        await Chat.FillDateAsync(2, "2027-03-31");
        Assert.Equal("12 500,50", await Chat.Page.GetByLabel("Belopp (kr)").First.InputValueAsync()); // a number field would have emptied it
        await Chat.CardScreenshotAsync("9-visit-card-opened");

        await Chat.PressAsync("Skicka rapporten");
        await Chat.SeeAsync("Tack! Besöket är rapporterat");
        await Chat.SeeAsync("Wang Li, Guangzhou Education Bureau");
        await Chat.CardScreenshotAsync("9-visit-card-confirmed");
        await Product.WaitUntilEverySubmissionIsWrittenAsync();

        var visit = Assert.Single(await Product.Store.QueryAsync(VisitsList.Records, ListQuery.Where(VisitsList.Start, ComparisonOperator.Equal, new DateOnly(2027, 3, 8)), None)).Value;
        Assert.Equal([new OrganisationCost("Utbildningsförvaltningen, Linköpings kommun", 12500.50m), new OrganisationCost("Linköpings universitet", 8000m)], visit.Costs);
        Assert.Equal((VisitDirection.Incoming, GenderEquality.Yes), (visit.Direction, visit.GenderEquality));
        Assert.Equal(new DelegationComposition(1, 1, null), visit.Composition);
        await File.WriteAllTextAsync(Path.ChangeExtension(Chromium.ScreenshotPath("e2e/9-visit-card-figures"), ".txt"),
            $"{firstView} fields seen when the visit card opens; the card {firstHeight:0} px tall in the Playground (viewport 1400 px wide)\n");
    }

    [Fact]
    public async Task WithdrawFromMyVisits_AsksOnTheCardFirstThenTheVisitIsMarkedWithdrawn()
    {
        await FillVisitReportAsync(end: "2027-03-12", owner: "anna.svensson@linkoping.example");
        await Chat.PressAsync("Skicka rapporten");
        await Chat.SeeAsync("Tack! Besöket är rapporterat");
        await Product.WaitUntilEverySubmissionIsWrittenAsync();

        await Chat.SayAsync("mina besök");
        await Chat.SeeAsync("Dina besöksrapporter");
        await Chat.PressAsync("Återkalla");
        await Chat.SeeAsync("Återkalla besöksrapporten?");
        await Chat.CardScreenshotAsync("10-withdraw-confirmation");
        Assert.Empty(await Product.State.QueryAsync(StateTable.Submissions, "Status", nameof(SubmissionStatus.Pending), None));
        await Chat.PressAsync("Ja, återkalla");
        await Chat.SeeAsync("Återkallelsen är mottagen");
        await Product.WaitUntilEverySubmissionIsWrittenAsync();

        var visit = Assert.Single(await Product.Store.QueryAsync(VisitsList.Name, ListQuery.Where(VisitsList.Start, ComparisonOperator.Equal, new DateOnly(2027, 3, 8)), None));
        Assert.True(VisitsList.IsWithdrawn(visit));
        Assert.DoesNotContain("Delegation till Guangzhou mars 2027", await PageAsync("/lists/Visits"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">Återkallad</span>", await PageAsync("/lists/Visits?withdrawn=1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchFromTheComposeBox_TheChosenResultIsSentToTheChatAsItsCard()
    {
        const string title = "Erfarenhetsutbyte om biogas och avfallshantering";
        // What the app package declares (manifest/appPackage/manifest.json): the Playground does not read it and asks.
        await Chat.SearchFromComposeBoxAsync(commandId: "searchRegister", parameterName: "query", "biogas");
        var result = Chat.Page.GetByRole(AriaRole.Heading, new() { Name = title });
        await result.WaitForAsync();
        await Chat.ScreenshotAsync("11-search-results");

        await result.ClickAsync();
        var inComposeBox = Chat.ComposeBox.Locator(".ac-adaptiveCard", new() { HasText = title });
        await Assertions.Expect(inComposeBox).ToBeVisibleAsync();
        await Chat.Page.GetByRole(AriaRole.Button, new() { Name = "Send Message", Exact = true }).ClickAsync();
        await Assertions.Expect(Chat.ComposeBox.Locator(".ac-adaptiveCard")).ToHaveCountAsync(0);

        var inChat = Chat.Page.Locator(".ac-adaptiveCard", new() { HasText = title });
        await Assertions.Expect(inChat).ToHaveCountAsync(1);
        // Action.OpenUrl: the Playground renders it as a button with the role link.
        await Assertions.Expect(inChat.GetByRole(AriaRole.Link, new() { Name = "Öppna i registret" })).ToBeVisibleAsync();
        await inChat.ScreenshotAsync(new LocatorScreenshotOptions { Path = Chromium.ScreenshotPath("e2e/11-search-result-sent") });
    }
}
