namespace MutualAid.Domain.Model;

/// <summary>
/// A membership. Holds no personal data: an opaque id, the enrolling organization, and hashes of the KYC
/// attestation, the consent record and the payout destination. Contributions live in ledger entries.
/// </summary>
public sealed record Member
{
    public required string MemberId { get; init; }
    public required string PoolId { get; init; }

    /// <summary>The organization that enrolled the member and acts for them.</summary>
    public required string OrgMsp { get; init; }

    public required string KycHash { get; init; }
    public required string ConsentHash { get; init; }
    public required DateTimeOffset JoinedAt { get; init; }
    public required DateOnly JoinDate { get; init; }
    public required MemberStatus Status { get; init; }
    public DateOnly? ExitDate { get; init; }

    /// <summary>The exit instant: a member is in a sharing snapshot when JoinedAt ≤ start &lt; ExitedAt.</summary>
    public DateTimeOffset? ExitedAt { get; init; }

    /// <summary>Hash of the registered payout account; claims bind to the value at filing.</summary>
    public string? PayoutDestinationHash { get; init; }

    public DateTimeOffset? DestinationRegisteredAt { get; init; }
    public required int ClaimAttempts { get; init; }
    public required int OpenClaims { get; init; }

    /// <summary>Total paid out to the member over their membership, in minor units.</summary>
    public required long LifetimePaid { get; init; }

    /// <summary>Approved but not yet paid amounts, held against the lifetime cap.</summary>
    public required long LifetimeReserved { get; init; }

    /// <summary>True when the member was covered on <paramref name="date"/> (joined, not yet exited).</summary>
    public bool CoveredOn(DateOnly date) => date >= JoinDate && (ExitDate is null || date < ExitDate);

    /// <summary>True when the member was a member at the instant <paramref name="at"/> (sharing snapshots).</summary>
    public bool MemberAt(DateTimeOffset at) => JoinedAt <= at && (ExitedAt is null || ExitedAt > at);
}
