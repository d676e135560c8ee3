using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Time.Testing;
using MutualAid.DevNetwork.Services;

namespace MutualAid.DevNetwork.Tests.Services;

public class DeliverTimeWindowTests
{
    private static readonly DateTimeOffset Now = new(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly DeliverTimeWindow _check = new(new FakeTimeProvider(Now), Window);

    [TestCase(0)]
    [TestCase(-15 * 60)]
    [TestCase(15 * 60)]
    public void Accepts_InsideWindowEdgesIncluded_True(int offsetSeconds)
    {
        Assert.That(_check.Accepts(Timestamp.FromDateTimeOffset(Now.AddSeconds(offsetSeconds)), out var problem), Is.True);
        Assert.That(problem, Is.Empty);
    }

    [TestCase(-1)]
    [TestCase(1)]
    public void Accepts_OneNanosecondPastEitherEdge_FalseWithFabricsReason(int direction)
    {
        var edge = Timestamp.FromDateTimeOffset(Now + direction * Window);
        var past = new Timestamp { Seconds = edge.Seconds + (direction > 0 ? 0 : -1), Nanos = direction > 0 ? 1 : 999_999_999 };

        Assert.That(_check.Accepts(past, out var problem), Is.False);
        Assert.That(problem, Does.StartWith("envelope timestamp ").And.Contain("is more than 00:15:00 apart from current server time 2031-05-06T07:08:09"));
    }

    [Test]
    public void Accepts_Missing_FalseWithFabricsReason()
    {
        Assert.That(_check.Accepts(null, out var problem), Is.False);
        Assert.That(problem, Is.EqualTo("channel header in envelope must contain timestamp"));
    }

    [TestCase(long.MaxValue, 999_999_999)]
    [TestCase(long.MinValue, 0)]
    [TestCase(0, -5)]
    public void Accepts_TimestampNoCalendarHolds_FalseWithoutOverflow(long seconds, int nanos)
    {
        Assert.That(_check.Accepts(new Timestamp { Seconds = seconds, Nanos = nanos }, out var problem), Is.False);
        Assert.That(problem, Does.Contain("after the Unix epoch").Or.Contain("1970-01-01"));
    }
}
