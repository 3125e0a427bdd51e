using System.Globalization;
using System.Text;

namespace PartnershipTeams.State.AzureStorage;

/// <summary>
/// Keys as Azure Table row keys: the characters a row key may not hold ('/', '\', '#', '?', control characters)
/// and '%' itself are written as %XX, so every key maps to one row key and back.
/// </summary>
public static class TableKeys
{
    public static string Encode(string key)
    {
        var encoded = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                encoded.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                encoded.Append(c);
            }
        }

        return encoded.ToString();
    }

    public static string Decode(string rowKey)
    {
        var decoded = new StringBuilder(rowKey.Length);
        for (var i = 0; i < rowKey.Length; i++)
        {
            if (rowKey[i] == '%' && i + 2 < rowKey.Length && int.TryParse(rowKey.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                decoded.Append((char)code);
                i += 2;
            }
            else
            {
                decoded.Append(rowKey[i]);
            }
        }

        return decoded.ToString();
    }
}
