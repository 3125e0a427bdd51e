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
public sealed class ChatScenarios : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    // The Playground always sends locale en-US; the municipality's setting makes the bot answer in Swedish.
    private static readonly Dictionary<string, string?> Settings = new() { ["Bot:Language"] = "sv" };

    // Tuesday 2027-03-02 09:00 in Stockholm; the follow-up below is due Wednesday 2027-03-17.
    private readonly ProductApp product = new(new DateTimeOffset(2027, 3, 2, 8, 0, 0, TimeSpan.Zero), Settings, onLoopbackPort: true);
    private Playground playground = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private ChatSession chat = null!;

    public async Task InitializeAsync()
    {
        playground = await Playground.StartAsync($"{product.Address}/api/messages");
        (playwright, browser) = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(playground.Url);
        chat = new ChatSession(page);
        await chat.SeeAsync("Välkommen till vänortsrapporteringen");
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await playground.DisposeAsync();
        await product.DisposeAsync();
    }

    /// <summary>The Playground's user, as Teams told the bot at install.</summary>
    private async Task<string> UserEmailAsync() =>
        Assert.Single(await product.State.QueryAsync(StateTable.Conversations, "Scope", nameof(ConversationScope.Personal), None))["UserEmail"]!;

    private async Task FillVisitReportAsync(string end, string owner)
    {
        await chat.SayAsync("rapportera besök");
        await chat.SeeAsync("Rapportera besök eller delegationsresa");
        await chat.FillAsync("Rubrik", "Delegation till Guangzhou mars 2027");
        await chat.ChooseAsync("Vänort", "Guangzhou");
        await chat.FillDateAsync(0, "2027-03-08");
        await chat.FillDateAsync(1, end);
        await chat.FillAsync("Syfte", "Förbereda det gemensamma forskningscentret");
        await chat.CheckAsync("Forskning och utbildning");
        await chat.CheckAsync("Energi och miljöteknologi och urbana innovationer");
        await chat.PickAsync("Yes");
        await chat.FillAsync("Hur? (krävs om svaret är ja)", "Kommunens medborgardialog presenterades");
        await chat.FillAsync("Åtgärd", "Skicka avsiktsförklaring till universitetet");
        await chat.FillAsync("Ansvarig (e-post)", owner);
        await chat.FillDateAsync(2, "2027-03-17");
    }

    private async Task<string> PageAsync(string path)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri($"{product.Address}{path}"));
    }

    [Fact]
    public async Task Install_ShowsTheSwedishWelcomeCardOnce()
    {
        await chat.ScreenshotAsync("1-install-welcome");

        Assert.Equal(1, await chat.CountAsync("Välkommen till vänortsrapporteringen"));
        Assert.Equal("true", Assert.Single(await product.State.QueryAsync(StateTable.Conversations, "Scope", nameof(ConversationScope.Personal), None))["Active"]);
    }

    [Fact]
    public async Task ReportVisit_IsConfirmedAndAfterOneSyncInTheRegisterWithItsFollowUp()
    {
        await FillVisitReportAsync(end: "2027-03-12", owner: await UserEmailAsync());
        await chat.PressAsync("Skicka rapporten");
        await chat.SeeAsync("Tack! Besöket är rapporterat");
        await chat.ScreenshotAsync("2-report-visit-confirmed");

        await product.WaitUntilEverySubmissionIsWrittenAsync();
        await product.RunAsync("sync");

        Assert.Contains("Delegation till Guangzhou mars 2027", await PageAsync("/lists/Visits"), StringComparison.Ordinal);
        Assert.Contains("Skicka avsiktsförklaring till universitetet", await PageAsync("/lists/Activities"), StringComparison.Ordinal);
        var visit = Assert.Single(await product.Store.QueryAsync(VisitsList.Name, ListQuery.Where(VisitsList.Start, ComparisonOperator.Equal, new DateOnly(2027, 3, 8)), None));
        Assert.Equal(["Forskning och utbildning", "Energi och miljöteknologi och urbana innovationer"], visit.Choices(VisitsList.Themes).Order().Reverse());
        Assert.Equal("Ja", visit.Text(VisitsList.DemocracyDialogue));
    }

    [Fact]
    public async Task ReportVisitEndingBeforeItStarts_ComesBackWithTheErrorAtTheEndDateAndTheValuesKept()
    {
        await FillVisitReportAsync(end: "2027-03-05", owner: await UserEmailAsync());
        await chat.PressAsync("Skicka rapporten");
        await chat.SeeAsync("Slutdatum kan inte vara före startdatum.");
        await chat.ScreenshotAsync("3-report-visit-end-before-start");

        var error = await chat.Page.GetByText("Slutdatum kan inte vara före startdatum.").Last.BoundingBoxAsync();
        var end = await chat.Page.GetByPlaceholder("Select a date...").Nth(1).BoundingBoxAsync();
        var next = await chat.Page.GetByText("Deltagande organisationer (en per rad)").Last.BoundingBoxAsync();
        Assert.True(error!.Y > end!.Y && error.Y < next!.Y, "the error stands between the end date and the next field");
        Assert.Equal("Delegation till Guangzhou mars 2027", await chat.Page.GetByLabel("Rubrik").Last.InputValueAsync());
        Assert.Empty(await product.State.QueryAsync(StateTable.Submissions, "Status", nameof(SubmissionStatus.Pending), None));
    }

    [Fact]
    public async Task UpdateGoal_NewStatusIsInTheGoalsListAndItsHistory()
    {
        var plan = (await product.Store.QueryAsync(ActionPlansList.Name, ListQuery.All, None))[0].Id;
        var goal = await product.Store.CreateAsync(GoalsList.Name, new Dictionary<string, object?>
        {
            [GoalsList.Title] = "Tio studentutbyten per år",
            [GoalsList.ActionPlan] = plan,
            [GoalsList.Theme] = RegisterWords.Of(ThematicArea.ResearchAndHigherEducation),
            [GoalsList.OwnerEmail] = await UserEmailAsync(),
            [GoalsList.Status] = RegisterWords.Of(GoalStatus.AtRisk),
            [GoalsList.Target] = 10,
            [GoalsList.Current] = 4,
        }, None);

        await chat.SayAsync("uppdatera mål");
        await chat.SeeAsync("Uppdatera uppnåendemål");
        await chat.ChooseAsync("Uppnåendemål", "Tio studentutbyten per år (I riskzonen)");
        await chat.PickAsync("Achieved");
        await chat.FillAsync("Nuvarande värde", "10");
        await chat.FillAsync("Kommentar", "Tio utbyten klara i år");
        await chat.PressAsync("Spara läget");
        await chat.SeeAsync("Tack! Läget är rapporterat");
        await chat.ScreenshotAsync("4-update-goal");
        await product.WaitUntilEverySubmissionIsWrittenAsync();
        await product.RunAsync("sync");

        Assert.Contains("<td>Uppnått</td>", await PageAsync("/lists/Goals"), StringComparison.Ordinal);
        var history = Assert.Single(await product.Store.QueryAsync(GoalUpdatesList.Name, ListQuery.WhereEquals(GoalUpdatesList.Goal, goal.Id), None));
        Assert.Equal(("Uppnått", "Tio utbyten klara i år"), (history.Text(GoalUpdatesList.Status), history.Text(GoalUpdatesList.Comment)));
    }

    [Fact]
    public async Task MyVisitsCorrectAReportedVisit_TheCardIsPrefilledAndTheRegisterGetsTheCorrection()
    {
        await FillVisitReportAsync(end: "2027-03-12", owner: "anna.svensson@linkoping.example");
        await chat.PressAsync("Skicka rapporten");
        await chat.SeeAsync("Tack! Besöket är rapporterat");
        await product.WaitUntilEverySubmissionIsWrittenAsync();

        await chat.SayAsync("mina besök");
        await chat.SeeAsync("Dina besöksrapporter");
        await chat.ScreenshotAsync("7-my-visits");
        await chat.PressAsync("Rätta");
        await chat.SeeAsync("Rätta besöksrapporten");
        Assert.Equal("Delegation till Guangzhou mars 2027", await chat.Page.GetByLabel("Rubrik").Last.InputValueAsync());
        await chat.ScreenshotAsync("7-correct-visit");
        await chat.Page.GetByLabel("Rubrik").Last.FillAsync("Delegation till Guangzhou och Macau mars 2027");
        await chat.PressAsync("Skicka rättelsen");
        await chat.SeeAsync("Tack! Rättelsen är mottagen");
        await product.WaitUntilEverySubmissionIsWrittenAsync();

        Assert.Contains("Delegation till Guangzhou och Macau mars 2027", await PageAsync("/lists/Visits"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderSevenDaysBeforeTheFollowUp_AppearsOnceAndSnoozeMovesIt()
    {
        await FillVisitReportAsync(end: "2027-03-12", owner: await UserEmailAsync());
        await chat.PressAsync("Skicka rapporten");
        await chat.SeeAsync("Tack! Besöket är rapporterat");
        await product.WaitUntilEverySubmissionIsWrittenAsync();
        await product.RunAsync("sync");

        product.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 10, 6, 30, 0, TimeSpan.Zero)); // Wednesday 07:30, T-7
        await product.RunAsync("reminders");
        await product.RunAsync("reminders");
        await chat.SeeAsync("Sista dag är 2027-03-17 (om 7 dagar).");
        await chat.ScreenshotAsync("5-reminder");
        Assert.Equal(1, await chat.CountAsync("Sista dag är 2027-03-17 (om 7 dagar)."));

        await chat.PressAsync("Påminn om en vecka");
        await chat.SeeAsync("Flyttad: ny sista dag är 2027-03-24.");
        await chat.ScreenshotAsync("5-reminder-snoozed");

        var followUp = Assert.Single(await product.Store.QueryAsync(ActivitiesList.Name, ListQuery.WhereEquals(ActivitiesList.ResponsibleEmail, await UserEmailAsync()), None));
        Assert.Equal(new DateOnly(2027, 3, 24), followUp.Date(ActivitiesList.FollowUpDue));
    }
}
