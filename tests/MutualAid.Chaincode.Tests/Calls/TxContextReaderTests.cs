using System.Text;
using Fabric.Protos.Peer;
using Fabric.Shim;
using MutualAid.Chaincode.Calls;
using MutualAid.Chaincode.Tests.Support;

namespace MutualAid.Chaincode.Tests.Calls;

/// <summary>The caller read from the creator certificate, also when the same creators come back again and again.</summary>
public sealed class TxContextReaderTests
{
    [Test]
    public async Task Read_CreatorsAlternating_EachTransactionGetsItsOwnCreatorsCaller()
    {
        await using var harness = await ChaincodeHarness.StartAsync(new CallerEcho());
        var callers = new[] { ("InsurerMSP", "assessor"), ("NgoMSP", "caseworker"), ("InsurerMSP", (string?)null), ("RegulatorMSP", "auditor") };

        var seen = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var (msp, role) in callers)
            {
                var (response, _, _) = await harness.CallAsync(TestCallers.For(msp, role), "who");
                seen.Add(response.Payload.ToStringUtf8());
            }
        }

        var expected = callers.Select(c => $"{c.Item1}|{c.Item2 ?? "-"}").ToList();
        Assert.That(seen.Select(s => s[..s.LastIndexOf('|')]), Is.EqualTo(expected.Concat(expected).Concat(expected)));
        Assert.That(seen.Take(4).Select(s => s[(s.LastIndexOf('|') + 1)..]).Distinct().Count(), Is.EqualTo(4), "four creators, four client ids");
        Assert.That(seen.Skip(4), Is.EqualTo(seen.Take(4).Concat(seen.Take(4))), "a creator seen before reads the same caller");
    }

    /// <summary>Answers with the caller the context reader makes of the transaction's creator.</summary>
    private sealed class CallerEcho : IChaincode
    {
        public Task<Response> InitAsync(IChaincodeStub stub) => Task.FromResult(ChaincodeResponses.Success());

        public Task<Response> InvokeAsync(IChaincodeStub stub)
        {
            var caller = TxContextReader.Read(stub, stub.TxTimestamp).Caller;
            return Task.FromResult(ChaincodeResponses.Success(Encoding.UTF8.GetBytes($"{caller.MspId}|{caller.Role ?? "-"}|{caller.ClientId}")));
        }
    }
}
