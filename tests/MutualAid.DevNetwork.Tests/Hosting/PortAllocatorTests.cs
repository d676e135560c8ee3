using MutualAid.DevNetwork.Hosting;

namespace MutualAid.DevNetwork.Tests.Hosting;

public sealed class PortAllocatorTests
{
    [Test]
    public void Resolve_ZeroManyTimes_NeverGivesTheSamePortTwice()
    {
        var ports = Enumerable.Range(0, 300).Select(_ => PortAllocator.Resolve(0)).ToList();

        Assert.That(ports, Is.Unique);
        Assert.That(ports, Has.All.InRange(1, 65535));
    }

    [Test]
    public void Resolve_ConfiguredPort_IsKept()
    {
        Assert.That(PortAllocator.Resolve(7051), Is.EqualTo(7051));
    }
}
