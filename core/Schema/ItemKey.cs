using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PartnershipTeams.Core.Schema;

/// <summary>One item of one list, written "Activities/12": how reminders, ledgers and card buttons name what they are about.</summary>
public sealed record ItemKey(string List, int Id)
{
    public override string ToString() => $"{List}/{Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads "List/12" for a list of the register (ids from 1); anything else is no key.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ItemKey? key)
    {
        key = null;
        var parts = text?.Split('/') ?? [];
        if (parts.Length != 2 || PartnershipLists.Find(parts[0]) is not { } schema
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
        {
            return false;
        }

        key = new ItemKey(schema.Name, id);
        return true;
    }
}
