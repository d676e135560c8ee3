using System.Text;
using MutualAid.Chaincode.Calls;

namespace MutualAid.Chaincode.Tests.Calls;

[CancelAfter(10_000)]
public sealed class ContractCallTests
{
    private static ReadOnlyMemory<byte>[] Args(params string[] args) => [.. args.Select(a => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(a))];

    [Test]
    public void Parse_FunctionAndJson_ReturnsBoth()
    {
        var (call, problem) = ContractCall.Parse(Args("GetPool", "{\"poolId\":\"p-1\"}"));

        Assert.That(problem, Is.Null);
        Assert.That(call, Is.EqualTo(new ContractCall("GetPool", "{\"poolId\":\"p-1\"}")));
    }

    [Test]
    public void Parse_FunctionOnly_ArgumentsAreEmptyObject()
    {
        var (call, _) = ContractCall.Parse(Args("ListPools"));

        Assert.That(call!.ArgumentsJson, Is.EqualTo("{}"));
    }

    [Test]
    public void Parse_NoArguments_EmptyFunctionLeftToTheRouter()
    {
        var (call, _) = ContractCall.Parse([]);

        Assert.That(call, Is.EqualTo(new ContractCall(string.Empty, "{}")));
    }

    [Test]
    public void Parse_ThreeArguments_ReportsTheConvention()
    {
        var (call, problem) = ContractCall.Parse(Args("GetPool", "{}", "{}"));

        Assert.That(call, Is.Null);
        Assert.That(problem, Does.Contain("at most one JSON argument; 2 arguments were given"));
    }

    [Test]
    public void Parse_InvalidUtf8_ReportsIt()
    {
        var (call, problem) = ContractCall.Parse([Encoding.UTF8.GetBytes("GetPool"), new byte[] { 0x7B, 0xFF, 0x7D }]);

        Assert.That(call, Is.Null);
        Assert.That(problem, Does.Contain("valid UTF-8"));
    }
}
