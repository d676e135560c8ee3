using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Hosting;

namespace MutualAid.Gateway.Tests;

/// <summary>
/// The <c>demo</c> command as a user runs it, in an embedded default of its own: it moves the development clock past
/// every window and completes a claim after its notice window, a governance change through voting, timelock and
/// execution with the new fee on the next claim, and an appeal to the jury's verdict, on a chain the audit finds intact.
/// </summary>
[NonParallelizable]
public sealed class DemoCommandTests
{
    [Test, CancelAfter(180_000)]
    public async Task Demo_FreshDataDirectory_CompletesEveryWalkthroughAcrossTheWindows(CancellationToken cancellationToken)
    {
        using var output = new StringWriter();

        var exit = await DemoCommand.RunAsync(new GatewaySettings(), output, cancellationToken);

        var text = output.ToString();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(0), text);
            Assert.That(text, Does.Contain("refused 409 NOTICE_WINDOW_OPEN"));
            Assert.That(text, Does.Contain("past the 14-day notice window"));
            Assert.That(text, Does.Match(@"claim CLM-\w+ is Closed"));
            Assert.That(text, Does.Contain("refused 409 TIMELOCK_NOT_ELAPSED"));
            Assert.That(text, Does.Contain($"charged a fee of 1500 ({GovernanceWalkthrough.NewFeeBps} bps"), "1.5 % of 1,000.00 EUR");
            Assert.That(text, Does.Contain("is Executed"));
            Assert.That(text, Does.Contain("refused 409 APPEAL_VOTING_OPEN"));
            Assert.That(text, Does.Match(@"APPEAL_UPHELD \(2 uphold, 1 dismiss\); the claim is Approved"));
            Assert.That(text, Does.Match(@"the development clock moves forward .* to 20\d\d-"));
            Assert.That(text, Does.Contain("first break: none, transactions out of time order: 0"));
        }
    }
}
