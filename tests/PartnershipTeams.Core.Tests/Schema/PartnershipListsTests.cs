using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Schema.Lists;

namespace PartnershipTeams.Core.Tests.Schema;

public sealed class PartnershipListsTests
{
    [Fact]
    public void All_HoldsEveryListOfTheRegisterAndNoBookkeeping()
    {
        Assert.Equal(
            ["Partners", "ActionPlans", "Visits", "VisitVersions", "Activities", "Goals", "GoalUpdates", "ReviewCycles", "Contacts"],
            PartnershipLists.All.Select(s => s.Name));
        Assert.Empty(PartnershipLists.All.Select(s => s.Name).Intersect(PartnershipLists.Retired));
    }

    [Fact]
    public void All_LookupsPointAtListsProvisionedBeforeOrAtThemselves()
    {
        var seen = new HashSet<string>();
        foreach (var schema in PartnershipLists.All)
        {
            seen.Add(schema.Name);
            foreach (var lookup in schema.Columns.Where(c => c.Type == ColumnType.Lookup))
            {
                Assert.Contains(lookup.LookupList!, seen);
            }
        }
    }

    [Fact]
    public void All_EveryColumnHasSwedishAndEnglishTitles()
    {
        Assert.All(PartnershipLists.All.SelectMany(s => s.Columns), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.TitleSv));
            Assert.False(string.IsNullOrWhiteSpace(c.TitleEn));
        });
    }

    [Theory]
    [InlineData(VisitsList.Name)]
    [InlineData(GoalUpdatesList.Name)]
    [InlineData(VisitVersionsList.Name)]
    [InlineData(ActivitiesList.Name)]
    public void ListsWrittenFromTeams_HaveAUniqueSubmissionId(string list)
    {
        var column = PartnershipLists.Find(list)!.FindColumn("SubmissionId");

        Assert.NotNull(column);
        Assert.True(column.Unique);
    }

    [Fact]
    public void All_AYearColumnIsADateOrMomentOfItsOwnList()
    {
        Assert.All(PartnershipLists.All.Where(s => s.YearColumn is not null), s =>
            Assert.True(s.FindColumn(s.YearColumn!) is { Type: ColumnType.Date or ColumnType.DateTime }, $"{s.Name}'s year column {s.YearColumn} is not a date of it"));
        Assert.Contains(PartnershipLists.All, s => s.YearColumn is not null);
    }

    [Fact]
    public void All_PersonalDataStartsItsPeriodFromDatesOrMomentsOfItsOwnList()
    {
        var declared = PartnershipLists.All.SelectMany(s => s.Columns.Where(c => c.PersonalData is not null).Select(c => (List: s, Column: c))).ToList();
        Assert.All(declared, d =>
        {
            Assert.True(d.Column.PersonalData!.From.Count > 0 || d.Column.PersonalData.OrLastChange, $"{d.List.Name}.{d.Column.Name} never starts its period");
            Assert.All(d.Column.PersonalData.From, from =>
                Assert.True(d.List.FindColumn(from) is { Type: ColumnType.Date or ColumnType.DateTime }, $"{d.List.Name}.{d.Column.Name} counts from {from}, not a date of its list"));
        });

        // What docs/DATA-INVENTORY.md names as culled: every kind on at least one column.
        Assert.Equal(Enum.GetValues<PersonalDataKind>(), declared.Select(d => d.Column.PersonalData!.Kind).Distinct().Order());
    }

    [Fact]
    public void ListSchemaWithUnsafeName_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new ListSchema("Visits; DROP", "x", "x", []));
        Assert.Throws<ArgumentException>(() => new ListSchema("Visits", "x", "x", [new ColumnDefinition("a\"b", ColumnType.Text, "x", "x")]));
    }
}
