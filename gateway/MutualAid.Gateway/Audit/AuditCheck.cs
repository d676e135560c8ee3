namespace MutualAid.Gateway.Audit;

/// <summary>The names of the checks an audit reports a break of (stable, part of the JSON answer).</summary>
public static class AuditCheck
{
    /// <summary>The block could not be parsed, or Deliver returned another block than the one expected.</summary>
    public const string BlockStructure = "block-structure";

    /// <summary>The header's data hash is not the SHA-256 of the envelopes.</summary>
    public const string DataHash = "data-hash";

    /// <summary>The previous hash is not the header hash of the previous block.</summary>
    public const string PreviousHash = "previous-hash";

    /// <summary>The orderer's signature in the SIGNATURES metadata is missing, not from the orderer organization, or wrong.</summary>
    public const string OrdererSignature = "orderer-signature";

    /// <summary>The TRANSACTIONS_FILTER does not hold exactly one code per transaction.</summary>
    public const string TransactionsFilter = "transactions-filter";

    /// <summary>A transaction's envelope is not signed by its creator.</summary>
    public const string CreatorSignature = "creator-signature";

    /// <summary>An endorsement's signature over (proposal response payload ‖ endorser) does not verify.</summary>
    public const string EndorsementSignature = "endorsement-signature";
}
