using PartnershipTeams.Core.Domain;

namespace PartnershipTeams.Core.Texts;

/// <summary>A goal's value as its indicator counts it, the Swedish way: "24 000", "37,5 %", "1 200 kr".</summary>
public static class IndicatorValues
{
    public static string Format(IndicatorKind kind, decimal value) => kind switch
    {
        IndicatorKind.Amount => Kronor.Format(value),
        IndicatorKind.Percent => Kronor.Number((double)value) + "\u00a0%",
        _ => Kronor.Number((double)value),
    };
}
