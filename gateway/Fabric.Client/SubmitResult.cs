namespace Fabric.Client;

/// <summary>A transaction that committed VALID.</summary>
/// <param name="TransactionId">The id of the transaction that committed (the last run).</param>
/// <param name="Result">The chaincode's result.</param>
/// <param name="BlockNumber">The block holding the transaction.</param>
/// <param name="Attempts">How many transactions were run: 1, plus one per re-run after a read conflict.</param>
public sealed record SubmitResult(string TransactionId, byte[] Result, ulong BlockNumber, int Attempts);
