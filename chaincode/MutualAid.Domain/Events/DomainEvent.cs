using MutualAid.Domain.Model;

namespace MutualAid.Domain.Events;

/// <summary>
/// The single chaincode event of a domain transaction. It carries the full new state of every record the
/// transaction wrote, so the event stream alone rebuilds every balance and claim (see <see cref="Invariants.EventReplayer"/>).
/// </summary>
public sealed record DomainEvent
{
    /// <summary>One of <see cref="EventNames"/>.</summary>
    public required string Name { get; init; }

    public required string TxId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required EventActor Actor { get; init; }
    public required string PoolId { get; init; }
    public Pool? Pool { get; init; }
    public PoolOutflows? Outflows { get; init; }
    public Member? Member { get; init; }
    public Claim? Claim { get; init; }

    /// <summary>The ledger entries the transaction added.</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];

    /// <summary>Further claims and members, when one transaction changes several (sharing periods).</summary>
    public IReadOnlyList<Claim>? Claims { get; init; }

    public IReadOnlyList<Member>? Members { get; init; }
    public PoolParameterVersion? ParameterVersion { get; init; }
    public Appeal? Appeal { get; init; }
    public JuryBallot? Ballot { get; init; }
    public Proposal? Proposal { get; init; }
    public ProposalVote? Vote { get; init; }
    public IReadOnlyList<Recovery>? Recoveries { get; init; }
    public Campaign? Campaign { get; init; }
    public DedupWindow? Window { get; init; }
    public CampaignOutflows? CampaignOutflows { get; init; }
    public IReadOnlyList<ReliefEntry>? ReliefEntries { get; init; }
    public IReadOnlyList<ReliefPayment>? ReliefPayments { get; init; }
    public IReadOnlyList<BeneficiaryRecord>? Beneficiaries { get; init; }
    public IReadOnlyList<CampaignBeneficiary>? CampaignBeneficiaries { get; init; }
    public IReadOnlyList<DuplicateFlag>? Duplicates { get; init; }
    public IReadOnlyList<FastPathUsage>? FastPathUsage { get; init; }
    public IReadOnlyList<BeneficiaryVerification>? Verifications { get; init; }
    public SharingCursor? SharingCursor { get; init; }
    public SharingPeriod? Period { get; init; }
    public IReadOnlyList<MemberCharge>? Charges { get; init; }
}
