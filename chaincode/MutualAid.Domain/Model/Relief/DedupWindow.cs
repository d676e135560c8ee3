namespace MutualAid.Domain.Model;

/// <summary>
/// A consortium dedup window: every organization hashes beneficiary identifiers with the same secret salt,
/// which never reaches the ledger; only its commitment (SHA-256) does, so all campaigns in the window can
/// prove they used the same salt.
/// </summary>
public sealed record DedupWindow
{
    public required string WindowId { get; init; }
    public required string SaltCommitment { get; init; }
    public required string DeclaredBy { get; init; }
    public required DateTimeOffset DeclaredAt { get; init; }
}
