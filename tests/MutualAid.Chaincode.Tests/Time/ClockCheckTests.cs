using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Chaincode.Time;
using MutualAid.Domain.Errors;
using MutualAid.Domain.State;

namespace MutualAid.Chaincode.Tests.Time;

/// <summary>The host's accept/refuse decision on a proposal's timestamp, against a fake clock.</summary>
public sealed class ClockCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private static ClockCheck Check => new(new FakeTimeProvider(Now), Tolerance);

    private static Timestamp At(TimeSpan offset) => Timestamp.FromDateTimeOffset(Now + offset);

    /// <summary>A timestamp <paramref name="seconds"/> and <paramref name="nanos"/> after <see cref="Now"/> (a whole second).</summary>
    private static Timestamp At(long seconds, int nanos) => new() { Seconds = Now.ToUnixTimeSeconds() + seconds, Nanos = nanos };

    [TestCase(1)]
    [TestCase(-1)]
    public void TryAccept_ExactlyTheToleranceAway_AcceptsTheProposalsOwnTime(int direction)
    {
        var timestamp = At(Tolerance * direction);

        var accepted = Check.TryAccept(timestamp, out var time, out var refusal);

        Assert.That(accepted, Is.True, refusal?.Message);
        Assert.That(refusal, Is.Null);
        Assert.That(time, Is.EqualTo(Now + (Tolerance * direction)), "the domain gets the proposal's time, not the host's");
    }

    [TestCase(300, 1)]
    [TestCase(-301, 999_999_999)]
    public void TryAccept_OneNanosecondBeyondTheTolerance_RefusedOutOfRange(long seconds, int nanos)
    {
        var timestamp = At(seconds, nanos);

        var accepted = Check.TryAccept(timestamp, out _, out var refusal);

        Assert.That(accepted, Is.False);
        Assert.That(refusal!.Code, Is.EqualTo(ErrorCodes.TimestampOutOfRange));
    }

    [Test]
    public void TryAccept_SameTimeAsTheClock_Accepted()
    {
        Assert.That(Check.TryAccept(At(TimeSpan.Zero), out var time, out _), Is.True);
        Assert.That(time, Is.EqualTo(Now));
    }

    [Test]
    public void TryAccept_TenDaysAhead_MessageNamesTransactionTimeClockAndTolerance()
    {
        Check.TryAccept(At(TimeSpan.FromDays(10)), out _, out var refusal);

        Assert.That(refusal!.Message, Is.EqualTo(
            "the transaction time 2026-06-25T12:00:00.0000000Z is 10.00:00:00 ahead of this endorser's clock 2026-06-15T12:00:00.0000000Z; "
            + "the tolerance is 00:05:00"));
    }

    [Test]
    public void TryAccept_OneHourBehind_MessageSaysBehind()
    {
        Check.TryAccept(At(-TimeSpan.FromHours(1)), out _, out var refusal);

        Assert.That(refusal!.Message, Does.Contain("is 01:00:00 behind this endorser's clock"));
    }

    [TestCase(1, 1, 1)]
    [TestCase(1938, 5, 1)]
    [TestCase(9999, 12, 31)]
    public void TryAccept_FarFromTheClockButAValidTimestamp_RefusedOutOfRange(int year, int month, int day)
    {
        var timestamp = Timestamp.FromDateTimeOffset(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero));

        Check.TryAccept(timestamp, out _, out var refusal);

        Assert.That(refusal?.Code, Is.EqualTo(ErrorCodes.TimestampOutOfRange));
    }

    [Test]
    public void TryAccept_NoTimestamp_RefusedMissing()
    {
        var accepted = Check.TryAccept(null, out _, out var refusal);

        Assert.That(accepted, Is.False);
        Assert.That(refusal!.Code, Is.EqualTo(ErrorCodes.TimestampMissing));
        Assert.That(refusal.Message, Is.EqualTo("the proposal's channel header carries no timestamp"));
    }

    [TestCase(-1)]
    [TestCase(1_000_000_000)]
    [TestCase(int.MinValue)]
    [TestCase(int.MaxValue)]
    public void TryAccept_NanosOutsideTheProtobufRange_RefusedInvalid(int nanos)
    {
        var timestamp = At(0, nanos);

        var accepted = Check.TryAccept(timestamp, out _, out var refusal);

        Assert.That(accepted, Is.False);
        Assert.That(refusal!.Code, Is.EqualTo(ErrorCodes.TimestampInvalid));
        Assert.That(refusal.Message, Does.StartWith($"the proposal's timestamp (seconds {timestamp.Seconds}, nanos {nanos}) is not a valid protobuf Timestamp"));
    }

    [TestCase(-62_135_596_801)]
    [TestCase(253_402_300_800)]
    [TestCase(long.MinValue)]
    [TestCase(long.MaxValue)]
    public void TryAccept_SecondsOutsideTheProtobufRange_RefusedInvalid(long seconds)
    {
        var accepted = Check.TryAccept(new Timestamp { Seconds = seconds }, out _, out var refusal);

        Assert.That(accepted, Is.False);
        Assert.That(refusal!.Code, Is.EqualTo(ErrorCodes.TimestampInvalid));
    }

    [Test]
    public void TryAccept_ProtobufRangeEdges_AreValidButOutOfRange()
    {
        var first = new Timestamp { Seconds = -62_135_596_800, Nanos = 0 };
        var last = new Timestamp { Seconds = 253_402_300_799, Nanos = 999_999_999 };

        Check.TryAccept(first, out _, out var early);
        Check.TryAccept(last, out _, out var late);

        Assert.That(early?.Code, Is.EqualTo(ErrorCodes.TimestampOutOfRange));
        Assert.That(late?.Code, Is.EqualTo(ErrorCodes.TimestampOutOfRange));
    }

    [Test]
    public void TryAccept_ClockMoves_DecisionFollowsTheClock()
    {
        var clock = new FakeTimeProvider(Now);
        var check = new ClockCheck(clock, Tolerance);
        var timestamp = At(TimeSpan.Zero);

        clock.Advance(Tolerance + TimeSpan.FromTicks(1));

        Assert.That(check.TryAccept(timestamp, out _, out var refusal), Is.False);
        Assert.That(refusal!.Code, Is.EqualTo(ErrorCodes.TimestampOutOfRange));
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(3_601)]
    public void Constructor_ToleranceNotPositiveOrBeyondAnHour_Throws(int seconds)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ClockCheck(new FakeTimeProvider(Now), TimeSpan.FromSeconds(seconds)));

        Assert.That(thrown!.ParamName, Is.EqualTo("tolerance"));
    }

    [Test]
    public void Constructor_ToleranceOfOneHour_KeepsClockAndTolerance()
    {
        var clock = new FakeTimeProvider(Now);

        var check = new ClockCheck(clock, ClockCheck.MaxTolerance);

        Assert.That(check.Clock, Is.SameAs(clock));
        Assert.That(check.Tolerance, Is.EqualTo(TimeSpan.FromHours(1)));
    }

    [Test]
    public void System_MachineClockAndTheConsortiumsDefaultTolerance()
    {
        Assert.That(ClockCheck.System.Clock, Is.SameAs(TimeProvider.System));
        Assert.That(ClockCheck.System.Tolerance, Is.EqualTo(LedgerTime.DefaultTolerance));
    }
}
