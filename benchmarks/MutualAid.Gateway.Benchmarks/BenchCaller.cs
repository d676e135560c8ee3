namespace MutualAid.Gateway.Benchmarks;

/// <summary>The caller both paths act as: one organization's gateway and peer, one wallet identity.</summary>
internal static class BenchCaller
{
    /// <summary>The organization whose gateway and peer are measured.</summary>
    public const string Organization = "NgoMSP";

    /// <summary>The wallet identity (label prefix) that records contributions and reads the claim.</summary>
    public const string Identity = "Caseworker";
}
