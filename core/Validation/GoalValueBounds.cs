using System.Globalization;
using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Validation;

/// <summary>The values a goal's indicator can take (issue 10: a count of −5 was accepted).</summary>
public static class GoalValueBounds
{
    /// <summary>The register's range for any number: what a SharePoint number column holds without losing digits.</summary>
    public const decimal Largest = 1_000_000_000_000m;

    /// <summary>The problem with <paramref name="value"/> for an indicator of this kind, or null when it is a value it can take.</summary>
    public static ValidationError? Check(string field, IndicatorKind kind, decimal value)
    {
        var (lowest, highest) = kind switch
        {
            IndicatorKind.Count or IndicatorKind.Amount => (0m, Largest),
            IndicatorKind.Percent => (0m, 100m),
            _ => (-Largest, Largest),
        };
        if (value < lowest || value > highest)
        {
            return new ValidationError(field, ValidationCode.ValueOutOfRange, Detail: string.Create(CultureInfo.GetCultureInfo("sv-SE"), $"{lowest:#,0}–{highest:#,0}"));
        }

        return kind == IndicatorKind.Count && decimal.Truncate(value) != value
            ? new ValidationError(field, ValidationCode.NotWholeNumber)
            : null;
    }
}
