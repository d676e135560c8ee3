namespace MutualAid.Gateway.Audit;

/// <summary>
/// A transaction whose timestamp does not fit its place in block order: evidence for an auditor that a creator
/// (and the endorsers that accepted it) wrote a time far from when it was ordered. Not a break: the chain's hashes
/// and signatures may all hold.
/// </summary>
/// <param name="Block">The block holding the transaction.</param>
/// <param name="TransactionId">The transaction id.</param>
/// <param name="CreatorMspId">The creator's organization.</param>
/// <param name="Creator">The creator certificate's subject.</param>
/// <param name="Kind">One of <see cref="TimeFindingKind"/>.</param>
/// <param name="Timestamp">The transaction's timestamp, or null when it has none.</param>
/// <param name="NeighbourTime">The time of its neighbours in block order it was compared with, or null.</param>
/// <param name="Detail">What was found, for a person.</param>
public sealed record TimeFinding(
    ulong Block, string TransactionId, string CreatorMspId, string Creator, string Kind, DateTimeOffset? Timestamp, DateTimeOffset? NeighbourTime, string Detail);
