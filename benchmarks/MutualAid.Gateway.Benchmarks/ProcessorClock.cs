using System.Diagnostics;
using System.Globalization;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>Processor time a process has used so far, read again before and after each load run.</summary>
/// <param name="Label">What the time covers, for the table's header.</param>
/// <param name="Read">Reads the time used so far.</param>
internal sealed record ProcessorClock(string Label, Func<TimeSpan> Read)
{
    /// <summary>This process's time (every thread).</summary>
    public static ProcessorClock ThisProcess(string label) => new(label, () =>
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    });

    /// <summary>
    /// Another process's time from <c>/proc/PID/stat</c> (user and system clock ticks of all its threads), which this
    /// process may read without owning it; Linux only, as the split layout is.
    /// </summary>
    public static ProcessorClock OfProcess(string label, int processId) => new(label, () =>
    {
        var stat = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");
        // The command name may hold spaces; the fields after it: state is the first, utime the 12th, stime the 13th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / (double)UserTicksPerSecond);
    });

    /// <summary>Linux reports process times to user space in ticks of 1/100 s on every architecture it runs .NET on.</summary>
    private const int UserTicksPerSecond = 100;
}
