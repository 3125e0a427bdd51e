using System.Net;
using System.Text.Json.Nodes;
using PartnershipTeams.Bot.Cards;
using PartnershipTeams.Bot.Tests.InMemory;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Operations;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.TestSupport;
using PartnershipTeams.TestSupport.FakeConnector;

namespace PartnershipTeams.Bot.Tests.Conversations;

public sealed class CommandTests : InMemoryConversationTestBase
{
    [Theory]
    [InlineData("hjälp", "sv-SE", "Det här kan jag hjälpa till med")]
    [InlineData("<at>PartnershipTeams</at> Hjälp!", "sv-SE", "Det här kan jag hjälpa till med")]
    [InlineData("help", "en-US", "What I can help with")]
    [InlineData("hjalp", "sv-SE", "Det här kan jag hjälpa till med")]
    public async Task HelpInTheClientsLanguage_ListsTheCommands(string text, string locale, string heading)
    {
        var calls = await SendAsync(Activities.Message(ServiceUrl, text, locale));

        var card = calls.Last().Card!;
        Assert.Equal(heading, (string?)card["body"]![0]!["text"]);
        Assert.Contains(locale.StartsWith("en", StringComparison.Ordinal) ? "report visit" : "rapportera besök", calls.Last().CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_AnswersWithHelpSayingItWasNotUnderstood()
    {
        var calls = await SendAsync(Activities.Message(ServiceUrl, "vad är klockan"));

        Assert.Contains("Jag förstod inte det.", calls.Last().CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchResultSharedIntoTheBotsChat_IsNotTakenForACommand()
    {
        // As the Agents Playground delivers a card chosen in the compose box's message extension and sent.
        var shared = Activities.Message(ServiceUrl, "<span class=\"inline-compose-card\" itemtype=\"http://schema.skype.com/InputExtension\">Erfarenhetsutbyte om biogas</span>");
        shared["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() },
        });

        var replies = await Bot.SendAsync(shared);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task ACommandTypedBesideASharedCard_IsAnswered()
    {
        var calls = await SendAsync(Activities.Message(ServiceUrl, "<span class=\"inline-compose-card\" itemtype=\"http://schema.skype.com/InputExtension\">kort</span> hjälp"));

        Assert.Contains("Det här kan jag hjälpa till med", calls.Last().CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jag vill rapportera ett besök")]
    [InlineData("rapportera")]
    public async Task ReportVisitTypedAsPeopleTypeIt_ShowsTheForm(string text)
    {
        var calls = await SendAsync(Activities.Message(ServiceUrl, text));

        Assert.Contains("Rapportera besök eller delegationsresa", calls.Last().CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextThatFitsTwoCommands_AsksWhichOneWithAButtonForEach()
    {
        var calls = await SendAsync(Activities.Message(ServiceUrl, "besök"));

        var card = calls.Last().Card!;
        Assert.Contains("Menade du", calls.Last().CardText, StringComparison.Ordinal);
        Assert.Equal(["kommande besök", "mina besök", "rapportera besök"], ConnectorCall.ActionsOf(card).Select(a => (string)a["data"]!["command"]!).Order());
    }

    [Fact]
    public async Task HelpButton_RunsTheCommandItNames()
    {
        var data = new JsonObject { ["verb"] = InfoCards.CommandVerb, ["command"] = "rapportera besök" };

        var calls = await SendAsync(Activities.Submit(ServiceUrl, data));

        Assert.Contains("Rapportera besök eller delegationsresa", calls.Last().CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyFollowUps_ListsTheUsersOpenActivitiesSoonestFirst()
    {
        Bot.KnowMember(Activities.UserId, "utbildning@linkoping.example");

        var calls = await SendAsync(Activities.Message(ServiceUrl, "mina uppföljningar"));

        var text = calls.Last().CardText;
        Assert.Contains("Dina uppföljningar", text, StringComparison.Ordinal);
        Assert.Contains("Elev- och lärarutbyten med skolor i Guangzhou", text, StringComparison.Ordinal);
        Assert.Contains("2016-06-15", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exporum", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyFollowUps_MarksAnOverdueOneInWordsAndOffersTheReminderActionsOnEachRow()
    {
        Bot.KnowMember(Activities.UserId, "utbildning@linkoping.example");

        var reply = (await SendAsync(Activities.Message(ServiceUrl, "mina uppföljningar"))).Last();
        var card = reply.Card!;

        Assert.Contains("Försenad", reply.CardText, StringComparison.Ordinal); // due 2016-06-15, still open
        var verbs = ConnectorCall.ActionsOf(card).Select(a => (string)a["data"]!["verb"]!).ToList();
        Assert.Equal([ReminderCard.UpdateVerb, ReminderCard.SnoozeVerb, ReminderCard.DoneVerb], verbs.Distinct());
        Assert.All(ConnectorCall.ActionsOf(card), a => Assert.StartsWith("Activities/", (string)a["data"]!["item"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MyFollowUpsDoneOnAnActivityWithOnlyAnEndDate_MarksItDone()
    {
        Bot.KnowMember(Activities.UserId, "lin.forskning@linkoping.example");
        var partner = (await Bot.Store.QueryAsync(PartnersList.Name, ListQuery.WhereEquals(PartnersList.Title, "Macau"), CancellationToken.None))[0].Id;
        var macau = await Bot.Store.CreateAsync(ActivitiesList.Name, ActivitiesList.Fields(new Activity(
            "Stöd till universitetets samarbete med University of Macau", partner, null, ThematicArea.ResearchAndHigherEducation, "Linköpings universitet",
            "lin.forskning@linkoping.example", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), ActivityStatus.Ongoing, FollowUpDue: null, CostSek: null, SourceVisitId: null), submissionId: null), CancellationToken.None);
        var card = (await SendAsync(Activities.Message(ServiceUrl, "mina uppföljningar"))).Last().Card!;
        var done = ConnectorCall.ActionsOf(card).First(a => (string?)a["data"]!["verb"] == ReminderCard.DoneVerb && (string?)a["data"]!["item"] == $"Activities/{macau.Id}");

        await SendAsync(Activities.Submit(ServiceUrl, (JsonObject)done["data"]!.DeepClone()));

        Assert.Equal("Klar", (await Bot.Store.GetAsync(ActivitiesList.Name, macau.Id, CancellationToken.None)).Text(ActivitiesList.Status));
    }

    [Fact]
    public async Task UpcomingVisitsWithOnlyPastVisits_SaysThereAreNone()
    {
        var calls = await SendAsync(Activities.Message(ServiceUrl, "upcoming visits", "en-US"));

        Assert.Contains("There are no planned visits in the register.", calls.Last().CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateGoalForTheGoalsOwner_ShowsTheirGoalsAndAcceptsAnUpdateIntoTheOutbox()
    {
        Bot.KnowMember(Activities.UserId, "visit@linkoping.example");
        var form = (await SendAsync(Activities.Message(ServiceUrl, "uppdatera mål"))).Last().Card!;
        var goal = Input(form, "Goal")!["choices"]!.AsArray().Single()!;
        Assert.StartsWith("Fler kinesiska övernattningar i Linköping", (string?)goal["title"], StringComparison.Ordinal);
        Assert.Equal((string)goal["value"]!, (string?)Input(form, "Goal")!["value"]); // the user's only goal is chosen already
        Assert.Contains("Antal kinesiska gästnätter per år", ConnectorCall.TextsOf(form), StringComparison.Ordinal);
        Assert.Contains("Målvärde", ConnectorCall.TextsOf(form), StringComparison.Ordinal);
        Assert.Contains("30\u00a0000", ConnectorCall.TextsOf(form), StringComparison.Ordinal);
        var data = new JsonObject
        {
            ["verb"] = GoalUpdateCard.SubmitVerb,
            ["submissionId"] = (string)ConnectorCall.ActionsOf(form)[0]["data"]!["submissionId"]!,
            ["Goal"] = (string)goal["value"]!,
            ["Status"] = "OnTrack",
            ["Current"] = "26500",
            ["Comment"] = "Nya charterflyg från Guangzhou",
        };

        var calls = await SendAsync(Activities.Submit(ServiceUrl, data));

        Assert.Contains("Tack! Läget är rapporterat", calls.Last().CardText, StringComparison.Ordinal);
        var submission = Assert.Single(await Bot.SubmissionsAsync());
        var update = SubmissionJson.Deserialize<GoalUpdate>(submission.Payload);
        Assert.Equal((GoalStatus.OnTrack, 26500m, "visit@linkoping.example"), (update.Status, update.Current, update.ReportedByEmail));
    }

    [Fact]
    public async Task UpdateGoalForSomeoneElsesGoal_IsRefusedAndNothingIsStored()
    {
        Bot.KnowMember(Activities.UserId, "visit@linkoping.example");
        var data = new JsonObject { ["verb"] = GoalUpdateCard.SubmitVerb, ["submissionId"] = "5000000000000000000000000000000e", ["Goal"] = "1", ["Status"] = "Achieved", ["Current"] = "many" };

        var calls = await SendAsync(Activities.Submit(ServiceUrl, data));

        var text = calls.Last().CardText;
        Assert.Contains("Uppnåendemålet finns inte, eller är inte ditt.", text, StringComparison.Ordinal);
        Assert.Contains("Ange ett tal.", text, StringComparison.Ordinal);
        Assert.Empty(await Bot.SubmissionsAsync());
    }

    [Fact]
    public async Task UpdateGoalForAUserWithoutGoals_SaysSo()
    {
        var calls = await SendAsync(Activities.Message(ServiceUrl, "update goal", "en-US"));

        Assert.Equal("You are not the owner of any achievement goal in the register.", calls.Last().Text);
    }
}
