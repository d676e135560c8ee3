namespace Fabric.Client.Resilience;

/// <summary>
/// The names of the client's resilience pipelines in <see cref="FabricPipelines.Registry"/>. Register a
/// builder under one of these names (<c>TryAddBuilder</c>) before the first call to replace the default.
/// </summary>
public static class PipelineNames
{
    /// <summary>Evaluate: retries transient failures with backoff (evaluation writes nothing).</summary>
    public const string Evaluate = "fabric-evaluate";

    /// <summary>Endorse: retries transient failures (an endorsement has no effect until submitted).</summary>
    public const string Endorse = "fabric-endorse";

    /// <summary>Submit: no retry, ever; a blind resubmission could order the transaction twice.</summary>
    public const string Submit = "fabric-submit";

    /// <summary>Commit status: retries the wait after transport failures and deadlines (asking is harmless).</summary>
    public const string CommitStatus = "fabric-commit-status";

    /// <summary>Runs a whole transaction again, as a new transaction, after an MVCC read conflict; opt-in per call.</summary>
    public const string ResubmitOnConflict = "fabric-resubmit-on-conflict";

    /// <summary>Prefix of the per-endpoint circuit breakers: <c>fabric-circuit-breaker:&lt;endpoint&gt;</c>.</summary>
    public const string CircuitBreakerPrefix = "fabric-circuit-breaker:";
}
