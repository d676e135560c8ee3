using MutualAid.Chaincode.Time;
using MutualAid.Domain.State;

namespace MutualAid.Chaincode.Tests.Time;

/// <summary>The standalone server's tolerance setting, read from <c>MUTUALAID_CLOCK_TOLERANCE_SECONDS</c>.</summary>
public sealed class ClockEnvironmentTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Read_Unset_MachineClockWithTheDefaultTolerance(string? value)
    {
        var check = ClockEnvironment.Read(value);

        Assert.That(check.Clock, Is.SameAs(TimeProvider.System));
        Assert.That(check.Tolerance, Is.EqualTo(LedgerTime.DefaultTolerance));
    }

    [TestCase("1", 1)]
    [TestCase(" 120 ", 120)]
    [TestCase("3600", 3600)]
    public void Read_WholeSeconds_ThatToleranceOnTheMachineClock(string value, int seconds)
    {
        var check = ClockEnvironment.Read(value);

        Assert.That(check.Clock, Is.SameAs(TimeProvider.System));
        Assert.That(check.Tolerance, Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [TestCase("five")]
    [TestCase("1.5")]
    [TestCase("-5")]
    [TestCase("+5")]
    [TestCase("00:05:00")]
    [TestCase("99999999999")]
    public void Read_NotWholeSeconds_ThrowsNamingTheVariable(string value)
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => ClockEnvironment.Read(value));

        Assert.That(thrown!.Message, Is.EqualTo($"MUTUALAID_CLOCK_TOLERANCE_SECONDS must be a whole number of seconds, not '{value}'"));
    }

    [TestCase("0")]
    [TestCase("3601")]
    public void Read_ZeroOrMoreThanAnHour_ThrowsWithTheAllowedRange(string value)
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => ClockEnvironment.Read(value));

        Assert.That(thrown!.Message, Does.StartWith($"MUTUALAID_CLOCK_TOLERANCE_SECONDS is {value}: the clock tolerance must be more than zero and at most 01:00:00"));
    }
}
