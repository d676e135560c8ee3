using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Properties;

public sealed partial class SequenceRunner
{
    /// <summary>
    /// After the random steps: eligible jurors vote on open appeals, approved claims are paid and some recovered, then time
    /// is driven past every deadline and only the permissionless deadline transactions run (tally, execute, close periods,
    /// lapse, finalize, close, resolve, expire), round after round, as anyone could.
    /// </summary>
    public void ResolveEverything(int rounds = 4)
    {
        var anyone = Actors.Delegate(Actors.InsurerB);
        for (var round = 0; round < rounds; round++)
        {
            if (round == 0)
            {
                ReviewOpenClaims();
                AppealRejections();
                VoteOnAppeals();
                VoteOnProposals();
            }

            Chain.AdvanceDays(15);
            foreach (var p in _proposals.Select(id => Read(Keys.Proposal(id), DomainJsonContext.Default.Proposal)!))
            {
                var function = p.Status switch { ProposalStatus.Open => "TallyProposal", ProposalStatus.Passed => "ExecuteProposal", _ => null };
                if (function is not null)
                {
                    Record(Chain.Invoke(anyone, function, new { proposalId = p.ProposalId }));
                }
            }

            DomainResponse closed;
            while ((closed = Chain.Invoke(anyone, "CloseSharingPeriod", new { poolId = SharingPoolId })).IsSuccess)
            {
                Record(closed);
            }

            foreach (var id in Claims)
            {
                ResolveClaim(id, payFirst: round < rounds - 1);
            }

            if (round == 1)
            {
                Recover();
            }
        }
    }

    private void ResolveClaim(string id, bool payFirst)
    {
        var claim = Load(id);
        if (claim.Status == ClaimStatus.Noticed)
        {
            Record(Chain.Invoke(Actors.Assessor(Actors.InsurerA), "FinalizeClaim", new { claimId = id }));
            claim = Load(id);
        }

        if (payFirst && claim.Status is ClaimStatus.Approved or ClaimStatus.Paying)
        {
            Record(Chain.Invoke(Actors.Coordinator(), "RecordPayout", new
            {
                claimId = id, amount = Scenario.Eur(claim.Outstanding), paymentReference = $"END-{id}-{claim.Timeline.Count}", destinationHash = claim.PayoutDestinationHash,
            }));
            claim = Load(id);
        }

        var function = claim.Status switch
        {
            ClaimStatus.Filed or ClaimStatus.UnderReview => "LapseReview",
            ClaimStatus.Rejected => "CloseRejectedClaim",
            ClaimStatus.Appealed => "ResolveAppeal",
            ClaimStatus.Approved or ClaimStatus.Paying => "ExpireClaim",
            _ => null,
        };
        if (function is not null)
        {
            Record(Chain.Invoke(Actors.Coordinator(Actors.InsurerA), function, new { claimId = id }));
        }
    }

    /// <summary>Independent organizations review what is still open, as operators would: most are approved, some rejected; a few are left to lapse.</summary>
    private void ReviewOpenClaims()
    {
        foreach (var claim in Claims.Select(Load).Where(c => c.Status is ClaimStatus.Filed or ClaimStatus.UnderReview && c.ClaimId[^2] % 4 != 0))
        {
            var others = Orgs.Where(o => o != claim.FilingOrg).ToList();
            if (claim.Status == ClaimStatus.Filed)
            {
                Record(Chain.Invoke(Actors.Assessor(others[0]), "StartReview", new { claimId = claim.ClaimId }));
            }

            var reject = claim.ClaimId[^2] % 4 == 1;
            foreach (var org in others.Where(o => claim.Endorsements.All(e => e.OrgMsp != o)))
            {
                Record(Chain.Invoke(Actors.Assessor(org), "EndorseClaim", reject ? Scenario.Rejection(claim) : Scenario.Approval(claim, claim.ClaimedAmount.Amount)));
            }
        }
    }

    private void AppealRejections()
    {
        foreach (var c in Claims.Select(Load).Where(c => c.Status == ClaimStatus.Rejected && c.AppealEndsAt >= Chain.Now))
        {
            Record(Chain.Invoke(Actors.Caseworker(c.FilingOrg), "AppealClaim", new { claimId = c.ClaimId, reasonCode = "UNFAIR", evidenceRef = Scenario.Hash("appeal") }));
        }
    }

    /// <summary>Delegates who have not voted on open proposals do so (for or against by the proposal id), with reasons.</summary>
    private void VoteOnProposals()
    {
        foreach (var p in _proposals.Select(id => Read(Keys.Proposal(id), DomainJsonContext.Default.Proposal)!).Where(p => p.Status == ProposalStatus.Open && p.VotingEndsAt > Chain.Now))
        {
            foreach (var org in p.Electorate.Where(o => Chain.Ledger.Get(Keys.ProposalVote(p.ProposalId, o)) is null))
            {
                Record(Chain.Invoke(Actors.Delegate(org), "VoteOnProposal", new
                {
                    proposalId = p.ProposalId, choice = p.ProposalId[^1] % 3 == 0 ? VoteChoice.Against : VoteChoice.For, reasonCode = "CONSIDERED", evidenceRef = Scenario.Hash("vote"),
                }));
            }
        }
    }

    private void VoteOnAppeals()
    {
        foreach (var a in Claims.Select(id => Read(Keys.Appeal(id), DomainJsonContext.Default.Appeal)).OfType<Appeal>().Where(a => a.Status == AppealStatus.Open))
        {
            foreach (var juror in _members.Where(m => m.PoolId == a.PoolId && m.OrgMsp != a.ClaimantOrg).Take(3))
            {
                Record(Chain.Invoke(Actors.Caseworker(juror.OrgMsp), "CastJuryBallot", new
                {
                    claimId = a.ClaimId, jurorMemberId = juror.MemberId, vote = juror.MemberId[^1] % 2 == 0 ? JuryVote.Uphold : JuryVote.Dismiss,
                    reasonCode = "READ_FILE", evidenceRef = Scenario.Hash("ballot"),
                }));
            }
        }
    }

    private void Recover()
    {
        foreach (var c in Claims.Select(Load).Where(c => c.PaidAmount.Amount > 1))
        {
            Record(Chain.Invoke(Actors.Assessor(c.FilingOrg == Actors.InsurerB ? Actors.InsurerA : Actors.InsurerB), "OpenClaimRecovery", new
            {
                claimId = c.ClaimId, amount = Scenario.Eur(c.PaidAmount.Amount / 2), reasonCode = "RECOVERED", evidenceRef = Scenario.Hash("rec"),
            }));
        }

        var ids = Chain.Ledger.Range(Domain.State.CompositeKey.PartialPrefix(Keys.RecoveryType, [])).Select(kv => Domain.State.CompositeKey.Split(kv.Key).Attributes[0]);
        foreach (var r in ids.Select(id => Read(Keys.Recovery(id), DomainJsonContext.Default.Recovery)!).Where(r => r.Status == RecoveryStatus.Open))
        {
            var payer = r.MemberId is { } mid ? Actors.Caseworker(Read(Keys.Member(mid), DomainJsonContext.Default.Member)!.OrgMsp) : Actors.Coordinator(Actors.Ngo);
            Record(Chain.Invoke(payer, "RepayRecovery", new { recoveryId = r.RecoveryId, amount = Scenario.Eur(Math.Max(1, r.Outstanding / 2)), paymentReference = $"REPAY-{r.RecoveryId}" }));
        }
    }

    private void Record(DomainResponse response)
    {
        var key = response.IsSuccess ? Chain.Ledger.Log[^1].EventName ?? "NoEvent" : response.ErrorCode!;
        Coverage[key] = Coverage.GetValueOrDefault(key) + 1;
        Assert.That(response.Status, Is.Not.EqualTo(500), response.Message);
    }

    /// <summary>What has not reached a final state: claims, appeals and proposals.</summary>
    public IReadOnlyList<string> Unfinished()
    {
        var ctx = DomainJsonContext.Default;
        var open = new List<string>();
        open.AddRange(Claims.Select(Load).Where(c => !ClaimTransitions.IsTerminal(c.Status)).Select(c => $"claim {c.ClaimId} {c.Status}"));
        open.AddRange(Claims.Select(id => Read(Keys.Appeal(id), ctx.Appeal)).Where(a => a is { Status: AppealStatus.Open }).Select(a => $"appeal {a!.ClaimId}"));
        open.AddRange(_proposals.Select(p => Read(Keys.Proposal(p), ctx.Proposal)!)
            .Where(p => p.Status is ProposalStatus.Open or ProposalStatus.Passed).Select(p => $"proposal {p.ProposalId} {p.Status}"));
        return open;
    }
}
