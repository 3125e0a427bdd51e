using System.Globalization;

namespace PartnershipTeams.Core.Texts;

/// <summary>Amounts as a Swedish reader writes them: "1 200,50 kr", "45 000 kr" (thousands with a space, öre only when there are any).</summary>
public static class Kronor
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>A number as Swedish text without a unit: "1 200,5", "45 000".</summary>
    public static string Number(double number) => number.ToString("#,0.##", Swedish);

    public static string Format(decimal amount) =>
        (decimal.Truncate(amount) == amount ? amount.ToString("N0", Swedish) : amount.ToString("N2", Swedish)) + "\u00a0kr";
}
