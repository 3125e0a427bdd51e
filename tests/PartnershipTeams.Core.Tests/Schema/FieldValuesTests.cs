using PartnershipTeams.Core.Schema;

namespace PartnershipTeams.Core.Tests.Schema;

public sealed class FieldValuesTests
{
    private static readonly ColumnDefinition Amount = new("Amount", ColumnType.Number, "Belopp", "Amount");
    private static readonly ColumnDefinition When = new("When", ColumnType.DateTime, "När", "When");
    private static readonly ColumnDefinition Name = new("Name", ColumnType.Text, "Namn", "Name");

    [Fact]
    public void TryNormalizeDecimalNumber_BecomesDouble()
    {
        Assert.True(FieldValues.TryNormalize(Amount, 12.5m, out var value, out _));
        Assert.Equal(12.5, value);
    }

    [Fact]
    public void TryNormalizeNotANumber_IsRejectedWithTheReason()
    {
        Assert.False(FieldValues.TryNormalize(Amount, double.NaN, out _, out var problem));
        Assert.Equal(FieldProblemKind.OutOfRange, problem!.Kind);
        Assert.Contains("finite", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TryNormalizeInstantWithOffset_BecomesUtc()
    {
        Assert.True(FieldValues.TryNormalize(When, new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(2)), out var value, out _));
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)value!).Offset);
    }

    [Fact]
    public void TryNormalizeEmptyText_BecomesNull()
    {
        Assert.True(FieldValues.TryNormalize(Name, string.Empty, out var value, out _));
        Assert.Null(value);
    }
}
