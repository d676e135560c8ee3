using Fabric.Client.Resilience;

namespace Fabric.Client;

/// <summary>
/// Settings of a <see cref="Gateway"/>: one deadline per stage (the defaults are those of the Fabric
/// samples: evaluate 5 s, endorse 15 s, submit 5 s, commit status 60 s) and the resilience pipelines.
/// </summary>
public sealed class GatewayOptions
{
    /// <summary>Deadline of each Evaluate call; default 5 s.</summary>
    public TimeSpan EvaluateTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Deadline of each Endorse call; default 15 s.</summary>
    public TimeSpan EndorseTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Deadline of each Submit call; default 5 s.</summary>
    public TimeSpan SubmitTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Deadline of each CommitStatus call; default 60 s. The gateway blocks until the transaction
    /// commits, so a CommitStatus call always carries a deadline.
    /// </summary>
    public TimeSpan CommitStatusTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Settings of the default pipelines, used when <see cref="Pipelines"/> is null.</summary>
    public FabricResilienceOptions Resilience { get; init; } = new();

    /// <summary>
    /// The resilience pipelines to use. Pass the same instance to every gateway on one gRPC channel so they
    /// share its circuit breaker; when null, the gateway builds its own from <see cref="Resilience"/>.
    /// </summary>
    public FabricPipelines? Pipelines { get; init; }

    /// <summary>The clock used for proposal and request timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>SHA-256 of the TLS client certificate; needed only for block events over mutual TLS.</summary>
    public ReadOnlyMemory<byte> TlsClientCertificateHash { get; init; }
}
