using MutualAid.Domain.Errors;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Handlers;

/// <summary>Argument checks shared by handlers; each failure is INVALID_ARGUMENT, INVALID_AMOUNT or CURRENCY_MISMATCH.</summary>
internal static class Check
{
    /// <summary>The largest amount a caller may state: 10^15 minor units, far below overflow.</summary>
    public const long MaxAmount = 1_000_000_000_000_000;

    public static void Hash(string? value, string field)
        => Require(Hashes.IsSha256Hex(value), $"{field} must be a lower-case hex SHA-256");

    public static void Token(string? value, string field, int maxLength, bool allowLower = true)
        => Require(value is { Length: > 0 } && value.Length <= maxLength && value.All(c => IsTokenChar(c, allowLower)),
            $"{field} must be 1-{maxLength} characters of A-Z, 0-9, '-', '_', '.', ':'");

    public static void ReasonCode(string? value) => Token(value, "reasonCode", 40, allowLower: false);

    public static void PaymentReference(string? value) => Token(value, "paymentReference", 64);

    public static void PoolId(string? value)
        => Require(value is { Length: >= 3 and <= 40 } && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'),
            "poolId must be 3-40 characters of a-z, 0-9 and '-'");

    /// <summary>INVALID_AMOUNT unless 0 &lt; amount ≤ MaxAmount; CURRENCY_MISMATCH unless in <paramref name="currency"/>.</summary>
    public static void Amount(Money amount, string currency, string field)
    {
        if (amount.Amount <= 0 || amount.Amount > MaxAmount)
        {
            throw new DomainException(ErrorCodes.InvalidAmount, $"{field} must be between 1 and {MaxAmount} minor units");
        }

        amount.RequireCurrency(currency);
    }

    public static void Require(bool condition, string detail)
    {
        if (!condition)
        {
            throw new DomainException(ErrorCodes.InvalidArgument, detail);
        }
    }

    private static bool IsTokenChar(char c, bool allowLower)
        => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or ':' || (allowLower && c is >= 'a' and <= 'z');
}
