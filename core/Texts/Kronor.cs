using System.Globalization;

namespace PartnershipTeams.Core.Texts;

/// <summary>Amounts as a Swedish reader writes them: "1 200,50 kr", "45 000 kr" (thousands with a space, öre only when there are any).</summary>
public static class Kronor
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>A number as Swedish text without a unit: "1 200,5", "45 000".</summary>
    public static string Number(double number) => number.ToString("#,0.##", Swedish);

    public static string Format(decimal amount) => Format(amount, withOre: !HasNoOre(amount));

    /// <summary>With öre ("25 001,00 kr") or without ("25 001 kr"): a column of amounts writes all of them one way.</summary>
    public static string Format(decimal amount, bool withOre) => amount.ToString(withOre ? "N2" : "N0", Swedish) + "\u00a0kr";

    /// <summary>Whole kronor, no öre.</summary>
    public static bool HasNoOre(decimal amount) => decimal.Truncate(amount) == amount;
}
