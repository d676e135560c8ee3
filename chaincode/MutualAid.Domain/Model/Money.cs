using MutualAid.Domain.Errors;

namespace MutualAid.Domain.Model;

/// <summary>
/// An amount in integer minor units of an ISO 4217 currency. Arithmetic is checked and refuses to mix
/// currencies (<see cref="ErrorCodes.CurrencyMismatch"/>); there is no floating point anywhere.
/// </summary>
/// <param name="Amount">Minor units (cents for EUR, fen for CNY).</param>
/// <param name="Currency">Three upper-case letters.</param>
public readonly record struct Money(long Amount, string Currency)
{
    /// <summary>Zero in <paramref name="currency"/>.</summary>
    public static Money Zero(string currency) => new(0, currency);

    /// <summary>The sum; throws CURRENCY_MISMATCH across currencies and OverflowException on overflow.</summary>
    public Money Plus(Money other)
    {
        RequireSameCurrency(other);
        return this with { Amount = checked(Amount + other.Amount) };
    }

    /// <summary>The difference; throws CURRENCY_MISMATCH across currencies and OverflowException on overflow.</summary>
    public Money Minus(Money other)
    {
        RequireSameCurrency(other);
        return this with { Amount = checked(Amount - other.Amount) };
    }

    /// <summary>Throws CURRENCY_MISMATCH unless <paramref name="other"/> has this currency.</summary>
    public void RequireSameCurrency(Money other) => RequireCurrency(other.Currency);

    /// <summary>Throws CURRENCY_MISMATCH unless the currency is <paramref name="currency"/>.</summary>
    public void RequireCurrency(string currency)
    {
        if (!string.Equals(Currency, currency, StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.CurrencyMismatch, $"{Currency} cannot be combined with {currency}");
        }
    }

    /// <summary>True when <paramref name="currency"/> looks like an ISO 4217 code (three upper-case letters).</summary>
    public static bool IsCurrencyCode(string? currency)
        => currency is { Length: 3 } && currency.All(c => c is >= 'A' and <= 'Z');

    /// <summary>The amount times <paramref name="basisPoints"/> / 10,000, rounded down (fees, reserves).</summary>
    public static long ApplyBasisPoints(long amount, int basisPoints) => checked(amount * basisPoints) / 10_000;
}
