using System.Diagnostics;
using System.Globalization;

namespace Fabric.Msp.Benchmarks;

/// <summary>Runs an operation repeatedly for a fixed time after a warm-up and reports operations per second.</summary>
internal static class Measure
{
    public static void Rate(string name, Action<int> operation, TimeSpan? duration = null)
    {
        var budget = duration ?? TimeSpan.FromSeconds(1.5);
        for (var i = 0; i < 200; i++)
        {
            operation(i);
        }

        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        while (stopwatch.Elapsed < budget)
        {
            for (var i = 0; i < 50; i++)
            {
                operation(count++);
            }
        }

        var perSecond = count / stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"{name,-48} {perSecond,12:N0} ops/s  ({1_000_000 / perSecond,8:N1} us/op)"));
    }

    public static void Once(string name, Action operation)
    {
        var stopwatch = Stopwatch.StartNew();
        operation();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-48} {stopwatch.Elapsed.TotalMilliseconds,12:N1} ms"));
    }
}
