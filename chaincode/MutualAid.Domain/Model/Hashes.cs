using System.Security.Cryptography;
using System.Text;

namespace MutualAid.Domain.Model;

/// <summary>SHA-256 of ledger data, and the format check for hashes that callers supply.</summary>
public static class Hashes
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="data"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    /// <summary>True for 64 lower-case hex characters.</summary>
    public static bool IsSha256Hex(string? value)
        => value is { Length: 64 } && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
