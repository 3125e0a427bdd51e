using System.Security.Cryptography;
using System.Text;

namespace PartnershipTeams.Core.Telemetry;

/// <summary>
/// Stands in for an id of a person or their chat in telemetry: the first 12 hex digits of its SHA-256, the same for
/// the same id (so a conversation's turns can be followed) without saying whose it is.
/// </summary>
public static class Pseudonym
{
    public static string Of(string? id) =>
        string.IsNullOrEmpty(id) ? "none" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..12];
}
