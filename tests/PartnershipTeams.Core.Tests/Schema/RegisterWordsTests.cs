using System.Globalization;
using PartnershipTeams.Core.Domain;
using PartnershipTeams.Core.Schema;
using PartnershipTeams.Core.Texts;

namespace PartnershipTeams.Core.Tests.Schema;

/// <summary>Choice values are stored in Swedish, as managers read them in SharePoint (issue 10: "OnTrack" in the lists).</summary>
public sealed class RegisterWordsTests
{
    private static readonly DomainTexts Swedish = DomainTexts.For(CultureInfo.GetCultureInfo("sv"));

    [Fact]
    public void EveryChoiceOfTheRegister_IsStoredAsItsSwedishLabel()
    {
        AssertStoredAsLabels<GoalStatus>();
        AssertStoredAsLabels<ActivityStatus>();
        AssertStoredAsLabels<VisitDirection>();
        AssertStoredAsLabels<DemocracyDialogue>();
        AssertStoredAsLabels<ReviewCycleKind>();
        AssertStoredAsLabels<ReviewCycleStatus>();
        AssertStoredAsLabels<ThematicArea>();
        AssertStoredAsLabels<VisitChange>();
    }

    [Fact]
    public void WordsWithinOneChoice_AreDistinct()
    {
        Assert.Equal(Enum.GetValues<ActivityStatus>().Length, RegisterWords.All<ActivityStatus>().Distinct().Count());
        Assert.Equal(Enum.GetValues<ThematicArea>().Length, RegisterWords.All<ThematicArea>().Distinct().Count());
        Assert.Equal(Enum.GetValues<PartnerKind>().Length, RegisterWords.All<PartnerKind>().Distinct().Count());
    }

    [Theory]
    [InlineData("Enligt plan", GoalStatus.OnTrack)]
    [InlineData("OnTrack", GoalStatus.OnTrack)]
    [InlineData("Uppnått", GoalStatus.Achieved)]
    public void TryReadTheSwedishWordOrTheFirstVersionsName_ReadsTheValue(string stored, GoalStatus expected)
    {
        Assert.True(RegisterWords.TryRead<GoalStatus>(stored, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("enligt plan")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData(null)]
    public void TryReadAnythingElse_ReadsNothing(string? stored)
    {
        Assert.False(RegisterWords.TryRead<GoalStatus>(stored, out _));
    }

    private static void AssertStoredAsLabels<TEnum>()
        where TEnum : struct, Enum =>
        Assert.All(Enum.GetValues<TEnum>(), v => Assert.Equal(Swedish.Label(v), RegisterWords.Of(v)));
}
