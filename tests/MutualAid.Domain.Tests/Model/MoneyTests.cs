using MutualAid.Domain.Errors;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Tests.Model;

public sealed class MoneyTests
{
    [Test]
    public void Plus_SameCurrency_AddsMinorUnits()
        => Assert.That(new Money(150, "EUR").Plus(new Money(250, "EUR")), Is.EqualTo(new Money(400, "EUR")));

    [Test]
    public void Plus_OtherCurrency_ThrowsCurrencyMismatch()
    {
        var ex = Assert.Throws<DomainException>(() => new Money(1, "EUR").Plus(new Money(1, "USD")));
        Assert.That(ex!.Message, Does.StartWith("CURRENCY_MISMATCH: "));
    }

    [Test]
    public void Plus_Overflow_ThrowsOverflowException()
        => Assert.Throws<OverflowException>(() => new Money(long.MaxValue, "EUR").Plus(new Money(1, "EUR")));

    [TestCase(10_000, 800, 800)]
    [TestCase(12_345, 800, 987)]
    [TestCase(1, 800, 0)]
    public void ApplyBasisPoints_Amount_RoundsDown(long amount, int bps, long expected)
        => Assert.That(Money.ApplyBasisPoints(amount, bps), Is.EqualTo(expected));

    [TestCase("EUR", true)]
    [TestCase("eur", false)]
    [TestCase("EURO", false)]
    public void IsCurrencyCode_Text_AcceptsOnlyThreeUpperCaseLetters(string code, bool expected)
        => Assert.That(Money.IsCurrencyCode(code), Is.EqualTo(expected));
}
