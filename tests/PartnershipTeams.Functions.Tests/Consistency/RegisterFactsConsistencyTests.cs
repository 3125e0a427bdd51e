using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using PartnershipTeams.Application.Digest;
using PartnershipTeams.Application.Register;
using PartnershipTeams.Application.Reminders;
using PartnershipTeams.Application.Submissions;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Reminders.Subjects;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;
using PartnershipTeams.Core.Texts;
using PartnershipTeams.Core.Time;
using PartnershipTeams.Lists.Sqlite;
using PartnershipTeams.Reports.Register;
using PartnershipTeams.Reports.Review;
using PartnershipTeams.Reports.Tables;
using PartnershipTeams.Reports.Texts;
using PartnershipTeams.State.Sqlite;
using PartnershipTeams.Web.Browser;

namespace PartnershipTeams.Functions.Tests.Consistency;

/// <summary>
/// One truth about what is overdue, whoever asks: over registers generated from several seeds, on several days, the
/// review (its opening sentence and its table), the register page's overdue filter, the partner overview, the digest and
/// the reminder planner name the same overdue follow-ups. Each view has its own scope — the review its period, the
/// filter and the overview a partner's whole register, the digest and the reminders what is still chased
/// (<see cref="OverdueChase"/>, up to their windows ahead) — so they are compared where their scopes meet.
/// </summary>
public sealed partial class RegisterFactsConsistencyTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Around = new(2026, 6, 15);
    private readonly string folder = Directory.CreateTempSubdirectory("pt-consistency-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task OnAnyDay_TheReviewTheRegisterPagesTheDigestAndTheRemindersNameTheSameOverdue(int seed)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(Around.AddYears(-6).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var store = new SqliteListStore(Path.Combine(folder, $"lists-{seed}.db"), time);
        await store.ProvisionAsync(PartnershipLists.All, None);
        var register = await GeneratedRegister.CreateAsync(store, seed, activities: 2500, Around, None);
        var state = new SqliteOperationalStore(Path.Combine(folder, $"state-{seed}.db"), time);
        await state.EnsureCreatedAsync(None);
        var digest = new DigestSource(store, new SubmissionLog(state), new ReminderLedger(state, time));
        var deadlines = new DeadlineSource(store, new ResponsiblePeople(new Coordinators(store)));
        var random = new Random(seed);

        var days = Enumerable.Range(0, 4).Select(_ => WorkingDays.OnOrBefore(Around.AddDays(random.Next(-1500, 900)))).Distinct().Order();
        foreach (var today in days)
        {
            time.SetUtcNow(new DateTimeOffset(today.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));
            bool Chased(string title) => register.Activities[title].FollowUpDue is { } due && due >= OverdueChase.OldestChasedDue(today) && due <= today.AddDays(15);

            var chasedInDigest = (await digest.ContentAsync(today, None)).Overdue.Select(r => r.Title).Where(Chased).ToHashSet();
            var reminded = ReminderPlanner.Plan(await deadlines.OpenNearAsync(today, None), today)
                .Where(r => r.IsOverdue && r.Deadline.Subject == FollowUpReminders.Subject).Select(r => r.Deadline.Title).Where(Chased).ToHashSet();
            Assert.NotEmpty(reminded);
            Assert.Equal(Sorted(chasedInDigest), Sorted(reminded));

            var chasedInPages = new HashSet<string>();
            foreach (var partner in register.Partners)
            {
                var period = new ReviewPeriod(today.AddYears(-2), today.AddYears(2));
                var (introOverdue, reviewOverdue) = await ReviewAsync(store, partner, period, today);
                var filtered = await OverdueFilterAsync(store, partner, today);
                var overview = await OverviewAsync(store, partner, today);

                Assert.Equal(introOverdue, reviewOverdue.Count);
                Assert.Equal(Sorted(filtered), Sorted(overview));
                Assert.Equal(Sorted(filtered.Where(Chased)), Sorted(reviewOverdue.Where(Chased)));
                chasedInPages.UnionWith(filtered.Where(Chased));
            }

            Assert.Equal(Sorted(chasedInPages), Sorted(chasedInDigest));
        }
    }

    private static List<string> Sorted(IEnumerable<string> titles) => [.. titles.Order(StringComparer.Ordinal)];

    /// <summary>The review's count of the period's overdue activities, and the titles its overdue table lists (the full table when the document shortens it).</summary>
    private static async Task<(int Intro, IReadOnlyList<string> Table)> ReviewAsync(IListStore store, int partner, ReviewPeriod period, DateOnly today)
    {
        var texts = ReportTexts.For(Languages.Swedish);
        var content = ReviewContentBuilder.Build(new ReviewContext(await new PartnerRegisterReader(store).ReadAsync(partner, None), period, today, texts));
        var tables = content.Blocks.Select(b => b switch { AppendixBlock a => a.Table, TableBlock t => t.Table, _ => null })
            .OfType<ReportTable>().Where(t => t.Caption == texts.OverdueHeading).ToList();
        var table = tables.OrderByDescending(t => t.Rows.Count).FirstOrDefault();
        var intro = content.Blocks.OfType<ParagraphBlock>().Select(p => IntroOverdue().Match(p.Text)).FirstOrDefault(m => m.Success);
        var counted = intro is null ? 0 : intro.Groups["overdue"].Success ? int.Parse(intro.Groups["overdue"].Value, CultureInfo.InvariantCulture) : 0;
        return (counted, table is null ? [] : [.. table.Rows.Select(r => ((TextCell)r[0]).Text)]);
    }

    /// <summary>The titles the Activities page lists with the partner and overdue filters set.</summary>
    private static async Task<IReadOnlyList<string>> OverdueFilterAsync(IListStore store, int partner, DateOnly today)
    {
        var (filter, problem) = ListFilter.Parse(ActivitiesList.Schema, partner.ToString(CultureInfo.InvariantCulture), null, null, null, "1");
        Assert.Null(problem);
        var items = await store.QueryAsync(ActivitiesList.Name, ListQuery.All, None);
        return [.. filter!.Apply(ActivitiesList.Schema, items, new Dictionary<int, int>(), today).Select(i => i.Text(ActivitiesList.Title)!)];
    }

    /// <summary>The titles the partner's overview lists under overdue follow-ups.</summary>
    private static async Task<IReadOnlyList<string>> OverviewAsync(IListStore store, int partner, DateOnly today)
    {
        var texts = BrowserTexts.Register;
        var register = await new PartnerRegisterReader(store).ReadAsync(partner, None);
        var review = ReviewContentBuilder.Build(new ReviewContext(register, new ReviewPeriod(today.AddYears(-1), today), today, ReportTexts.For(Languages.Swedish)));
        var cells = new PartnershipTeams.Web.Browser.CellText(await LookupTitles.LoadAsync(store, PartnersList.Schema, None), DomainTexts.For(Languages.Swedish));
        var titles = register.Activities.ToDictionary(a => a.Id, a => a.Value.Title);
        var listed = new List<string>();
        for (var page = 1; ; page++)
        {
            // The overdue section a page at a time, as a manager reads it by its next links.
            var html = PartnerOverviewRenderer.Render(await store.GetAsync(PartnersList.Name, partner, None), cells, register, review, "perioden", today, SectionPages.On($"/lists/Partners/{partner}", "overdue", page));
            var start = html.IndexOf($"{HtmlPage.Encode(texts.OverdueHeading)}</h2>", StringComparison.Ordinal);
            var end = html.IndexOf("<h2", start, StringComparison.Ordinal);
            var section = html[start..(end < 0 ? html.Length : end)];
            listed.AddRange(ActivityLink().Matches(section).Select(m => titles[int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture)]));
            if (!section.Contains($"overduePage={page + 1}", StringComparison.Ordinal))
            {
                return listed;
            }
        }
    }

    [GeneratedRegex("(ingen är försenad|(?<overdue>\\d+) är försenade?)")]
    private static partial Regex IntroOverdue();

    [GeneratedRegex("href=\"/lists/Activities/(?<id>\\d+)\"")]
    private static partial Regex ActivityLink();
}
