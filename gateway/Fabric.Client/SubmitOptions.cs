namespace Fabric.Client;

/// <summary>How <see cref="Contract.SubmitAsync"/> treats a transaction that fails validation with a read conflict.</summary>
public sealed class SubmitOptions
{
    /// <summary>
    /// How many times to run the transaction again, each time as a brand-new transaction (new proposal,
    /// new transaction id, fresh endorsement), when it commits with MVCC_READ_CONFLICT or
    /// PHANTOM_READ_CONFLICT. Default 0. Set it only when running the transaction again is safe for the
    /// business: the conflicting run wrote nothing, but the new run sees newer state. Capped by
    /// <see cref="Resilience.FabricResilienceOptions.ResubmitOnConflict"/>.
    /// </summary>
    public int RetryOnMvccConflict { get; init; }
}
