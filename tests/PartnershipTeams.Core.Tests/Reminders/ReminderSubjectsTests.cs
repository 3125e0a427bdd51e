using PartnershipTeams.Core.Reminders;
using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Tests.Reminders;

/// <summary>Every registered reminder subject is complete: a list of the register, an indexed date to follow, offsets ahead, a name of its own.</summary>
public sealed class ReminderSubjectsTests
{
    public static TheoryData<string> Subjects => [.. ReminderSubjects.All.Select(s => s.Name)];

    private static IReminderSubject Named(string name) => ReminderSubjects.All.Single(s => s.Name == name);

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Subject_FollowsAnIndexedDateColumnOfARegisterList(string name)
    {
        var subject = Named(name);

        var schema = PartnershipLists.Find(subject.List);
        Assert.NotNull(schema);
        var due = schema.FindColumn(subject.DueColumn);
        Assert.NotNull(due);
        Assert.Equal(ColumnType.Date, due.Type);
        Assert.True(due.IsQueryable, $"{subject.List}.{subject.DueColumn} must be indexed: reminders query it by date on lists of any size");
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Subject_RemindsAheadAtDistinctOffsets(string name)
    {
        var offsets = Named(name).Offsets;

        Assert.NotEmpty(offsets);
        Assert.All(offsets, o => Assert.InRange(o, 1, 60));
        Assert.Equal(offsets.Count, offsets.Distinct().Count());
    }

    [Fact]
    public void Subjects_HaveOneNameAndOneListEach()
    {
        Assert.Equal(ReminderSubjects.All.Count, ReminderSubjects.All.Select(s => s.Name).Distinct().Count());
        Assert.Equal(ReminderSubjects.All.Count, ReminderSubjects.All.Select(s => s.List).Distinct().Count());
        Assert.All(ReminderSubjects.All, s => Assert.Same(s, ReminderSubjects.Of(s.List)));
    }
}
