using System.Diagnostics;
using System.Security.Cryptography;
using Fabric.Msp.Signing;
using Fabric.Msp.Verification;

/// <summary>ECDSA P-256 signs and verifies per second on every core: the cost floor of a Fabric transaction.</summary>
internal static class CryptoFloor
{
    public static (double SignsPerSecond, double VerifiesPerSecond) Measure(SigningIdentity identity, TimeSpan duration)
    {
        var message = RandomNumberGenerator.GetBytes(512);
        var signature = identity.SignAsync(message).AsTask().GetAwaiter().GetResult();
        var verifier = new SignatureVerifier();
        var signs = Parallel(duration, () => identity.SignAsync(message).AsTask().GetAwaiter().GetResult());
        var verifies = Parallel(duration, () => verifier.Verify(identity.Identity, message, signature));
        return (signs, verifies);
    }

    private static double Parallel(TimeSpan duration, Action operation)
    {
        long count = 0;
        var stopwatch = Stopwatch.StartNew();
        System.Threading.Tasks.Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            while (stopwatch.Elapsed < duration)
            {
                operation();
                Interlocked.Increment(ref count);
            }
        });
        return count / stopwatch.Elapsed.TotalSeconds;
    }
}
