using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using MutualAid.Domain.Events;

namespace MutualAid.Domain.Tests.Properties;

/// <summary>
/// Property tests over random sequences of every operation. The chain checks every invariant of
/// sections A to J after every step, through the random phase and then the drive past every deadline; the properties
/// add termination (every claim, appeal and proposal reaches a final state), determinism across independent states,
/// and coverage.
/// </summary>
public sealed class RandomSequenceProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(50).WithQuietOnSuccess(true);

    // Coverage is asserted over a pinned seed so that it is a fact about the generator, not a matter of luck;
    // the unpinned run below explores new sequences on every run and asserts only what must hold for all of them.
    private static readonly Config Pinned = Config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20_261_124UL, 7_919UL), FSharpOption<int>.None)));

    [Test]
    public void RandomSequences_EveryStepThenPastEveryDeadline_KeepsAllInvariantsAndEverythingEnds()
    {
        RunChecked(Config);
    }

    [Test]
    public void PinnedSequences_ReachEveryEventAndTheRejectionsThatGuardMoney()
    {
        var coverage = RunChecked(Pinned);

        TestContext.Out.WriteLine(string.Join(", ", coverage.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")));
        Assert.That(coverage.Keys, Is.SupersetOf(new[]
        {
            EventNames.ContributionRecorded, EventNames.ClaimSubmitted, EventNames.ClaimEndorsed, EventNames.ClaimFinalized,
            EventNames.ClaimPayoutRecorded, EventNames.MemberExited, "REGULATOR_READ_ONLY", "DUPLICATE_PAYMENT_REFERENCE",
            EventNames.ClaimAppealed, EventNames.JuryBallotCast, EventNames.AppealResolved, EventNames.ClaimReviewLapsed, EventNames.ClaimMadeFinal,
            EventNames.ClaimExpired, EventNames.ProposalSubmitted, EventNames.ProposalVoteCast, EventNames.ProposalTallied, EventNames.ProposalExecuted,
            EventNames.CampaignFunded, EventNames.ReliefDisbursed, EventNames.ReliefReviewed, EventNames.BeneficiariesVerified,
            EventNames.RecoveryOpened, EventNames.RecoveryRepaid, EventNames.SharingPeriodClosed, EventNames.CapitalWithdrawn,
            "FAST_PATH_CAP_EXCEEDED", "SHARING_PENDING", "REPLAYED",
        }), string.Join(", ", coverage.Select(kv => $"{kv.Key}={kv.Value}")));
    }

    private static Dictionary<string, int> RunChecked(Config config)
    {
        var coverage = new Dictionary<string, int>(StringComparer.Ordinal);
        var run = 0;

        Check.One(config, Prop.ForAll(Operation.Sequences, ops =>
        {
            var runner = new SequenceRunner($"seq-{run++}", checkInvariants: true);
            runner.Run(ops);
            runner.ResolveEverything();
            Assert.That(runner.Unfinished(), Is.Empty, "every claim, appeal and proposal reaches a final state once all deadlines pass");
            foreach (var (name, count) in runner.Coverage)
            {
                coverage[name] = coverage.GetValueOrDefault(name) + count;
            }
        }));
        return coverage;
    }

    [Test]
    public void RandomSequences_TwoIndependentStates_WriteIdenticalBytes()
    {
        Check.One(Config.WithMaxTest(30), Prop.ForAll(Operation.Sequences, ops =>
        {
            var first = new SequenceRunner("same-seed", checkInvariants: false);
            var second = new SequenceRunner("same-seed", checkInvariants: false);
            first.Run(ops);
            first.ResolveEverything();
            second.Run(ops);
            second.ResolveEverything();

            var a = first.Chain.Ledger.Log;
            var b = second.Chain.Ledger.Log;
            Assert.That(b, Has.Count.EqualTo(a.Count));
            for (var i = 0; i < a.Count; i++)
            {
                Assert.That(b[i].Writes.Select(w => (w.Key, Convert.ToBase64String(w.Value ?? []))),
                    Is.EqualTo(a[i].Writes.Select(w => (w.Key, Convert.ToBase64String(w.Value ?? [])))), $"tx {i}");
                Assert.That(b[i].EventPayload, Is.EqualTo(a[i].EventPayload), $"event {i}");
            }
        }));
    }
}
