using Fabric.Protos.Peer;
using MutualAid.DevNetwork.Transactions;

namespace MutualAid.DevNetwork.Validation;

/// <summary>The outcome of validating a block.</summary>
/// <param name="Codes">One validation code per transaction.</param>
/// <param name="Updates">The writes of the valid transactions, in order.</param>
/// <param name="Transactions">Each transaction as parsed, or null where it did not parse.</param>
public sealed record BlockValidation(TxValidationCode[] Codes, BlockUpdates Updates, IReadOnlyList<EndorserTransaction?> Transactions);
