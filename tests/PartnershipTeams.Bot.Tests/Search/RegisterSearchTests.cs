using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Bot.Tests.Search;

public sealed class RegisterSearchTests : SearchTestBase
{
    [Fact]
    public async Task PartnersName_FindsThePartnerCity()
    {
        var results = await SearchAsync("guangzhou");

        var partner = Assert.Single(results, r => r.Text.StartsWith("Vänort", StringComparison.Ordinal));
        Assert.Equal("Guangzhou", partner.Title);
    }

    [Fact]
    public async Task ParticipantsNameSearchedByTheReporter_FindsTheVisit()
    {
        await ArrangeVisitAsync("Studiebesök om äldreomsorg", participants: "Li Wei Zhang\nKarin Öberg", reportedBy: "anna@linkoping.example");

        var results = await SearchAsync("karin oberg", email: "anna@linkoping.example");

        var visit = Assert.Single(results);
        Assert.Equal("Studiebesök om äldreomsorg", visit.Title);
        Assert.Contains("Karin Öberg", visit.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParticipantsNameSearchedBySomeoneElse_FindsNothingAndShowsNoParticipants()
    {
        await ArrangeVisitAsync("Studiebesök om äldreomsorg", participants: "Li Wei Zhang\nKarin Öberg", reportedBy: "anna@linkoping.example");

        Assert.Empty(await SearchAsync("karin oberg"));
        var byTitle = Assert.Single(await SearchAsync("studiebesok aldreomsorg"));
        Assert.DoesNotContain("Öberg", byTitle.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("anna@linkoping.example", byTitle.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("biogas", "Erfarenhetsutbyte om biogas och avfallshantering")]
    [InlineData("ÄLDREOMSORG", "Översyn av utbyte inom äldreomsorg och demensvård")]
    [InlineData("aldreomsorg", "Översyn av utbyte inom äldreomsorg och demensvård")]
    public async Task WordOfAnActivitysTitle_FindsTheActivity(string typed, string title)
    {
        var results = await SearchAsync(typed);

        Assert.Contains(results, r => r.Title == title && r.Text.StartsWith("Aktivitet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ContactsOrganisation_FindsTheContactWithoutEmailForStaff()
    {
        var results = await SearchAsync("generalkonsulatet");

        var contact = Assert.Single(results);
        Assert.Equal("Maria Holm", contact.Title);
        Assert.Contains("Generalkonsulatet i Hongkong", contact.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("@konsulat.example", contact.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("+852", contact.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactFoundByACoordinator_ShowsEmailAndPhone()
    {
        var contact = Assert.Single(await SearchAsync("Generalkonsulatet Hongkong", email: Coordinator));

        Assert.Contains("maria.holm@konsulat.example", contact.CardText, StringComparison.Ordinal);
        Assert.Contains("+852 0000 0001", contact.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoalsWord_FindsTheGoalUnderItsPartner()
    {
        var goal = Assert.Single(await SearchAsync("overnattningar"));

        Assert.Equal("Fler kinesiska övernattningar i Linköping", goal.Title);
        Assert.Contains("Guangzhou", goal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsNothingHas_GiveAnEmptyResult()
    {
        Assert.Empty(await SearchAsync("zzzz"));
    }

    [Fact]
    public async Task NothingTyped_ShowsTheUsersOpenFollowUpsAndNothingOfOthers()
    {
        var results = await SearchAsync(null, email: "utbildning@linkoping.example");

        var own = Assert.Single(results);
        Assert.Equal("Elev- och lärarutbyten med skolor i Guangzhou", own.Title);
    }

    [Fact]
    public async Task ChosenResult_IsACardSayingWhatItIsItsDatesStatusAndResponsible()
    {
        var activity = Assert.Single(await SearchAsync("exporum"));

        Assert.Contains("Aktivitet", activity.CardText, StringComparison.Ordinal);
        Assert.Contains("2015-01-01 – 2016-03-31", activity.CardText, StringComparison.Ordinal);
        Assert.Contains("Klar", activity.CardText, StringComparison.Ordinal); // the demo's history is closed when seeded after its plan
        Assert.Contains("Nulink", activity.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsInEnglish_WhenTheClientSpeaksEnglish()
    {
        var activity = Assert.Single(await SearchAsync("exporum", locale: "en-US"));

        Assert.StartsWith("Activity", activity.Text, StringComparison.Ordinal);
        Assert.Contains("Done", activity.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesOfResults_FollowOneAnotherWithoutRepeats()
    {
        var all = await SearchAsync("guangzhou");
        var first = await SearchAsync("guangzhou", count: 3);
        var second = await SearchAsync("guangzhou", skip: 3, count: 3);

        Assert.True(all.Count > 6);
        Assert.Equal(all.Take(6).Select(r => r.Title), first.Concat(second).Select(r => r.Title));
    }

    private Task ArrangeVisitAsync(string title, string participants, string reportedBy) =>
        Host.Store.CreateAsync(VisitsList.Name, VisitsList.Fields(new Visit(title, 1, VisitDirection.Incoming, new DateOnly(2016, 5, 2), new DateOnly(2016, 5, 4),
            ["Äldreförvaltningen"], participants, "Studiebesök", [ThematicArea.HealthAndSocialCare], DemocracyDialogue.NotApplicable, null, null, [], [],
            reportedBy, DateTimeOffset.UnixEpoch, Guid.NewGuid().ToString())), CancellationToken.None);
}
