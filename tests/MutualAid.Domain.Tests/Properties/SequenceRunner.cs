using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Properties;

/// <summary>
/// Interprets a random operation sequence against a <see cref="TestChain"/> (which checks every invariant after
/// each step). Valid and invalid steps are mixed on purpose: a failure must be a 4xx that changed nothing.
/// </summary>
public sealed partial class SequenceRunner
{
    private static readonly string[] Orgs = [Actors.InsurerA, Actors.InsurerB, Actors.Ngo];
    private readonly Scenario _s;
    private readonly List<Member> _members = [];
    private readonly List<string> _claims = [];

    public SequenceRunner(string seed, bool checkInvariants)
    {
        Chain = new TestChain(seed) { CheckInvariants = checkInvariants, RequestIdPrefix = RequestIdPrefix };
        _s = new Scenario(Chain);
        _s.CreatePool(Parameters, opening: 10_000);
        SetUpSharingAndRelief();
    }

    public static PoolParameters Parameters { get; } = Scenario.DefaultParameters with
    {
        WaitingPeriodDays = 1, FilingDeadlineDays = 20, MaxBenefitPerClaim = 200_000, MaxBenefitPerMemberLifetime = 300_000,
        ManagementFeeBps = 800, ReserveRatioBps = 1_000, NoticeWindowDays = 1, RedemptionWindowDays = 10, MaxClaimAttemptsPerMember = 3,
        ReviewWindowDays = 5, AppealWindowDays = 3, AppealVotingDays = 2, JurorMinMembershipDays = 1, JuryQuorum = 2, JuryExtensionHours = 12,
        ProposalVotingDays = 3, TimelockDays = 1,
    };

    public TestChain Chain { get; }

    /// <summary>Event names seen, to show the sequences reach deep states.</summary>
    public Dictionary<string, int> Coverage { get; } = new(StringComparer.Ordinal);

    public void Run(IEnumerable<Operation> operations)
    {
        var i = 0;
        foreach (var op in operations)
        {
            Chain.Advance(TimeSpan.FromHours(4));
            var response = Step(op, i++);
            if (response is null)
            {
                continue;
            }

            Assert.That(response.Status, Is.Not.EqualTo(500), $"step {i} {op}: {response.Message}");
            var key = response.Replayed ? DomainResponse.ReplayedPrefix : response.IsSuccess ? Chain.Ledger.Events.Count > 0 ? Chain.Ledger.Log[^1].EventName ?? "NoEvent" : "NoEvent" : response.ErrorCode!;
            Coverage[key] = Coverage.GetValueOrDefault(key) + 1;
            Track(op, response);
            if (response.IsSuccess && op.Kind == OperationKind.Enroll)
            {
                _members.Add(CanonicalJson.Deserialize(response.Payload.Span, DomainJsonContext.Default.Member));
            }

            if (response.IsSuccess && op.Kind == OperationKind.Submit)
            {
                var filed = CanonicalJson.Deserialize(response.Payload.Span, DomainJsonContext.Default.Claim);
                _claims.Add(filed.ClaimId);
                Claims.Add(filed.ClaimId);
            }
        }
    }

    /// <summary>Mostly a claim in one of <paramref name="wanted"/> (so sequences go deep); sometimes any claim (so wrong states are tried).</summary>
    private string? Pick(Operation op, params ClaimStatus[] wanted)
    {
        var fitting = _claims.Where(id => wanted.Contains(Load(id).Status)).ToList();
        if (op.C % 6 == 5)
        {
            return _claims.Count == 0 ? null : _claims[op.A % _claims.Count];
        }

        return fitting.Count == 0 ? null : fitting[op.A % fitting.Count];
    }

    /// <summary>Mostly an organization that may still endorse or object; sometimes any.</summary>
    private string PickOrg(Operation op, string? claimId)
    {
        if (claimId is null || op.B % 6 == 5)
        {
            return Orgs[op.B % Orgs.Length];
        }

        var claim = Load(claimId);
        var free = Orgs.Where(o => o != claim.FilingOrg && claim.Endorsements.All(e => e.OrgMsp != o)).ToList();
        return free.Count == 0 ? Orgs[op.B % Orgs.Length] : free[op.B % free.Count];
    }

    private Claim Load(string claimId) => CanonicalJson.Deserialize(Chain.Ledger.Get(Keepers.Keys.Claim(claimId))!, DomainJsonContext.Default.Claim);

    private DomainResponse? Step(Operation op, int index)
    {
        var member = _members.Count == 0 ? null : _members[op.A % _members.Count];
        var claimId = op.Kind switch
        {
            OperationKind.StartReview => Pick(op, ClaimStatus.Filed),
            OperationKind.Endorse => Pick(op, ClaimStatus.UnderReview),
            OperationKind.Objection or OperationKind.Finalize => Pick(op, ClaimStatus.Noticed),
            OperationKind.Pay or OperationKind.Expire => Pick(op, ClaimStatus.Approved, ClaimStatus.Paying),
            _ => null,
        };
        var org = PickOrg(op, claimId);
        switch (op.Kind)
        {
            case OperationKind.Enroll:
                return Chain.Invoke(Actors.Caseworker(Orgs[op.A % 3]), "EnrollMember", new
                {
                    poolId = op.C % 4 == 3 ? SharingPoolId : Scenario.PoolId, kycHash = Scenario.Hash($"kyc-{op.B % 50}"), consentHash = Scenario.Hash("consent"),
                    payoutDestinationHash = op.C % 5 == 0 ? null : Scenario.Hash($"iban-{op.B}"),
                });
            case OperationKind.Contribute when member is not null:
                return Chain.Invoke(Actors.Caseworker(member.OrgMsp), "RecordContribution", new
                {
                    memberId = member.MemberId, amount = new Money((op.B * 200) + 1, op.C % 17 == 0 ? "USD" : Scenario.Currency),
                    paymentReference = $"IN-{op.C % 40}",
                });
            case OperationKind.ForeignContribute when member is not null:
                var foreign = Orgs.First(o => o != member.OrgMsp);
                var refused = Chain.Invoke(Actors.Caseworker(foreign), "RecordContribution",
                    new { memberId = member.MemberId, amount = Scenario.Eur(100), paymentReference = $"IN-F{op.C}" });
                Assert.That(refused.ErrorCode, Is.EqualTo(ErrorCodes.ForbiddenOrganization));
                return refused;
            case OperationKind.Submit when member is not null:
                var marker = $"PII-patient-{Chain.Seed}-{index}";
                Chain.PrivateMarkers.Add(marker);
                return Chain.Invoke(Actors.Caseworker(member.OrgMsp), "SubmitClaim",
                    Scenario.ClaimArgs(member, (op.B + 1) * 210, Chain.Today.AddDays(op.C % 10 == 0 ? -(op.C % 25) : -(op.C % 2))), TestChain.Details(marker + " diagnosis"));
            case OperationKind.StartReview when claimId is not null:
                return Chain.Invoke(Actors.Assessor(org), "StartReview", new { claimId });
            case OperationKind.Endorse when claimId is not null:
                var claimed = Load(claimId).ClaimedAmount.Amount;
                var approve = op.C % 13 == 0 ? claimed + 1 : Math.Max(1, claimed * ((op.C % 10) + 1) / 10);
                return Chain.Invoke(Actors.Assessor(org), "EndorseClaim", op.C % 5 == 0
                    ? new { claimId, decision = EndorsementDecision.Reject, reasonCode = "NOT_COVERED", evidenceRef = Scenario.Hash("r") }
                    : new { claimId, decision = EndorsementDecision.Approve, approvedAmount = (Money?)Scenario.Eur(approve), reasonCode = "COVERED", evidenceRef = Scenario.Hash("a") });
            case OperationKind.Objection when claimId is not null:
                return Chain.Invoke(Actors.Assessor(org), "ObjectToClaim", new { claimId, reasonCode = "DOUBT", evidenceRef = Scenario.Hash("o") });
            case OperationKind.Finalize when claimId is not null:
                return Chain.Invoke(Actors.Assessor(org), "FinalizeClaim", new { claimId });
            case OperationKind.Pay when claimId is not null:
                var claim = Load(claimId);
                var amount = op.C % 2 == 0 && claim.Outstanding > 0 ? claim.Outstanding : (op.B * 150) + 1;
                return Chain.Invoke(Actors.Coordinator(op.C % 11 == 0 ? Actors.InsurerB : Actors.InsurerA), "RecordPayout", new
                {
                    claimId, amount = Scenario.Eur(amount), paymentReference = $"OUT-{op.B % 30}",
                    destinationHash = op.C % 13 == 0 ? Scenario.Hash("elsewhere") : claim.PayoutDestinationHash,
                });
            case OperationKind.Expire when claimId is not null:
                return Chain.Invoke(Actors.Coordinator(), "ExpireClaim", new { claimId });
            case OperationKind.Exit when member is not null && op.C % 3 == 0:
                return Chain.Invoke(Actors.Caseworker(member.OrgMsp), "ExitMember", new { memberId = member.MemberId, refundPaymentReference = $"REF-{op.C}" });
            case OperationKind.RegisterDestination when member is not null:
                return Chain.Invoke(Actors.Caseworker(member.OrgMsp), "RegisterPayoutDestination",
                    new { memberId = member.MemberId, destinationHash = Scenario.Hash($"iban2-{op.C}") });
            case OperationKind.RegulatorWrite:
                var writes = DomainRouter.Default.Functions.Where(DomainRouter.Default.IsWrite).ToList();
                var attempt = Chain.Invoke(Actors.Auditor(), writes[op.A % writes.Count], new { claimId, memberId = member?.MemberId, poolId = Scenario.PoolId });
                Assert.That(attempt.ErrorCode, Is.EqualTo(ErrorCodes.RegulatorReadOnly));
                return attempt;
            case OperationKind.Retry:
                return RetryLastWrite();
            case OperationKind.Advance:
                Chain.Advance(TimeSpan.FromDays(op.A % 3) + TimeSpan.FromHours(op.B % 24));
                return null;
            default:
                return StepMore(op, index, member, org);
        }
    }
}
