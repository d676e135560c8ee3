using System.Runtime;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>
/// Warms the measured paths until the JIT is quiet. Tiered compilation keeps recompiling hot methods for seconds after a
/// path is first used, on a background thread that takes processor time from whichever path is measured then; a
/// fixed warm-up left several hundred methods to it in the first measured rounds, and the first path measured paid.
/// </summary>
internal static class WarmUp
{
    /// <summary>Methods a warm-up round may still compile and count as quiet.</summary>
    private const int QuietMethods = 10;

    /// <summary>Runs <paramref name="round"/> until one run compiles at most <see cref="QuietMethods"/> methods, or <paramref name="maxRounds"/> times.</summary>
    /// <returns>The rounds run and the methods the last one compiled.</returns>
    public static async Task<(int Rounds, long LastCompiled)> UntilQuietAsync(Func<Task> round, int maxRounds)
    {
        long compiled = 0;
        var rounds = 0;
        while (rounds < maxRounds)
        {
            var before = JitInfo.GetCompiledMethodCount();
            await round().ConfigureAwait(false);
            rounds++;
            compiled = JitInfo.GetCompiledMethodCount() - before;
            if (compiled <= QuietMethods)
            {
                break;
            }
        }

        return (rounds, compiled);
    }
}
