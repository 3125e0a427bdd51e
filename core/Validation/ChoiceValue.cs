namespace PartnershipTeams.Core.Validation;

/// <summary>
/// A choice a card sent, read by its name only. <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> also takes
/// numbers ("5") and makes undefined values of them, which the register's choice columns then refuse.
/// </summary>
public static class ChoiceValue
{
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text is not null
            && Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal)
            && Enum.TryParse(text, ignoreCase: false, out value);
    }
}
