using Fabric.Protos.Peer;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Tests.Ledger;

public sealed class TxIndexTests
{
    private static readonly TxLocation Committed = new(7, 3, TxValidationCode.Valid);

    [Test]
    public async Task WaitAsync_AlreadyCommitted_AnswersAtOnceWithoutWaiting()
    {
        var index = new TxIndex();
        index.Add("tx-1", Committed);

        var location = await index.WaitAsync("tx-1", CancellationToken.None);

        Assert.That(location, Is.EqualTo(Committed));
        Assert.That(index.WaitedFor, Is.Zero);
    }

    [Test]
    public async Task WaitAsync_SeveralWaitersThenCommit_EveryWaiterGetsTheLocation()
    {
        var index = new TxIndex();
        var waits = Enumerable.Range(0, 5).Select(_ => index.WaitAsync("tx-1", CancellationToken.None)).ToList();
        Assert.That(index.WaitedFor, Is.EqualTo(1), "one entry per id, however many wait");

        index.Add("tx-1", Committed);

        Assert.That(await Task.WhenAll(waits), Has.All.EqualTo(Committed));
        Assert.That(index.WaitedFor, Is.Zero);
    }

    [Test]
    public async Task WaitAsync_EveryWaiterCancelled_LeavesNothingBehind()
    {
        var index = new TxIndex();
        using var cancel = new CancellationTokenSource();
        var waits = Enumerable.Range(0, 3).Select(i => index.WaitAsync($"never-{i % 2}", cancel.Token)).ToList();
        Assert.That(index.WaitedFor, Is.EqualTo(2));

        await cancel.CancelAsync();

        foreach (var wait in waits)
        {
            Assert.That(async () => await wait, Throws.InstanceOf<OperationCanceledException>());
        }

        Assert.That(index.WaitedFor, Is.Zero, "ids that never commit must not pile up");
    }

    [Test]
    public async Task WaitAsync_OneOfTwoWaitersCancelled_TheOtherStillGetsTheCommit()
    {
        var index = new TxIndex();
        using var cancel = new CancellationTokenSource();
        var cancelled = index.WaitAsync("tx-1", cancel.Token);
        var patient = index.WaitAsync("tx-1", CancellationToken.None);

        await cancel.CancelAsync();
        Assert.That(async () => await cancelled, Throws.InstanceOf<OperationCanceledException>());
        index.Add("tx-1", Committed);

        Assert.That(await patient, Is.EqualTo(Committed));
        Assert.That(index.WaitedFor, Is.Zero);
    }
}
