using FsCheck;
using FsCheck.Fluent;
using MutualAid.Domain.Events;

namespace MutualAid.Domain.Tests.Properties;

/// <summary>
/// Property tests over random operation sequences. The chain checks every invariant of sections A, B, D, I
/// and J after every step; these properties add determinism across independent states and coverage.
/// </summary>
public sealed class RandomSequenceProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(120).WithQuietOnSuccess(true);

    [Test]
    public void RandomSequences_EveryStep_KeepsAllInvariantsAndNeverFaults()
    {
        var coverage = new Dictionary<string, int>(StringComparer.Ordinal);
        var run = 0;

        Check.One(Config, Prop.ForAll(Operation.Sequences, ops =>
        {
            var runner = new SequenceRunner($"seq-{run++}", checkInvariants: true);
            runner.Run(ops);
            foreach (var (name, count) in runner.Coverage)
            {
                coverage[name] = coverage.GetValueOrDefault(name) + count;
            }
        }));

        TestContext.Out.WriteLine(string.Join(", ", coverage.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")));
        Assert.That(coverage.Keys, Is.SupersetOf(new[]
        {
            EventNames.ContributionRecorded, EventNames.ClaimSubmitted, EventNames.ClaimEndorsed, EventNames.ClaimFinalized,
            EventNames.ClaimPayoutRecorded, EventNames.MemberExited, "REGULATOR_READ_ONLY", "DUPLICATE_PAYMENT_REFERENCE",
        }), string.Join(", ", coverage.Select(kv => $"{kv.Key}={kv.Value}")));
    }

    [Test]
    public void RandomSequences_TwoIndependentStates_WriteIdenticalBytes()
    {
        Check.One(Config.WithMaxTest(60), Prop.ForAll(Operation.Sequences, ops =>
        {
            var first = new SequenceRunner("same-seed", checkInvariants: false);
            var second = new SequenceRunner("same-seed", checkInvariants: false);
            first.Run(ops);
            second.Run(ops);

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
