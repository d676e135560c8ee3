using System.Text.Json;
using Fabric.Protos.Peer;
using Fabric.Shim.Contracts;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Tests.Contracts;

public sealed class ContractChaincodeTests
{
    private static async Task<Response> InvokeAsync(IChaincode chaincode, params string[] args)
    {
        await using var harness = await ShimHarness.StartAsync(chaincode);
        var end = await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction(args));
        return Messages.ResponseOf(end);
    }

    [Test]
    public async Task Invoke_ContractColonFunction_RoutesAndParsesTypedArguments()
    {
        var response = await InvokeAsync(new ContractChaincode(new GreeterContract(), new CalculatorContract()), "calc:Add", "2", "40");

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Payload.ToStringUtf8(), Is.EqualTo("42"));
    }

    [Test]
    public async Task Invoke_PlainFunction_RoutesToFirstContract()
    {
        var response = await InvokeAsync(new ContractChaincode(new GreeterContract(), new CalculatorContract()), "Hello", "Ada");

        Assert.That(response.Payload.ToStringUtf8(), Is.EqualTo("hello Ada"));
    }

    [Test]
    public async Task Invoke_JsonObjectArgument_IsDeserializedAndResultSerialized()
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract()), "calc:Move", "{\"X\":1,\"Y\":2}", "3");

        Assert.That(response.Payload.ToStringUtf8(), Is.EqualTo("{\"X\":4,\"Y\":2}"));
    }

    [Test]
    public async Task Invoke_EnumBoolDecimalArguments_ParsedInvariantly()
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract()), "calc:Describe", "square", "true", "2.50");

        Assert.That(response.Payload.ToStringUtf8(), Is.EqualTo("Square:True:2.50"));
    }

    [Test]
    public async Task Invoke_UnknownFunction_Answers404WithFabricMessage()
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract()), "calc:Nope");

        Assert.That(response.Status, Is.EqualTo(404));
        Assert.That(response.Message, Is.EqualTo("You've asked to invoke a function that does not exist: calc:Nope"));
    }

    [Test]
    public async Task Invoke_UnknownContract_Answers404()
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract()), "bank:Add", "1", "2");

        Assert.That(response.Status, Is.EqualTo(404));
        Assert.That(response.Message, Does.Contain("bank"));
    }

    [Test]
    public async Task Invoke_WrongArity_Answers400()
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract()), "calc:Add", "1");

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Is.EqualTo("Expected 2 parameters, but 1 have been supplied"));
    }

    [TestCase("calc:Add", "x", "1", "Argument 'a' of calc:Add must be an integer (int32), but was 'x'")]
    [TestCase("calc:Add", "1", "9999999999999999999999", "Argument 'b' of calc:Add must be an integer (int64), but was '9999999999999999999999'")]
    [TestCase("calc:Move", "{not json", "1", "Argument 'point' of calc:Move must be JSON for Point, but was '{not json'")]
    public async Task Invoke_MalformedArgument_Answers400WithClearMessage(string function, string first, string second, string message)
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract()), function, first, second);

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Is.EqualTo(message));
    }

    [Test]
    public async Task Invoke_ContractThrows_Answers500WithMessage()
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract()), "calc:Fail", "disk on fire");

        Assert.That(response.Status, Is.EqualTo(500));
        Assert.That(response.Message, Is.EqualTo("disk on fire"));
        Assert.That(response.Payload.IsEmpty, Is.True);
    }

    [Test]
    public async Task Invoke_ChaincodeException_AnswersItsStatus()
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract()), "calc:Refuse");

        Assert.That(response.Status, Is.EqualTo(409));
        Assert.That(response.Message, Is.EqualTo("POOL_CLOSED: the pool is closed"));
    }

    [Test]
    public async Task Invoke_NoArguments_AnswersDefaultInitiator()
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract()));

        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Payload.ToStringUtf8(), Is.EqualTo("Default initiator successful."));
    }

    [Test]
    public async Task Invoke_PeerAnswersErrorToGetState_Answers500WithPeerText()
    {
        await using var harness = await ShimHarness.StartAsync(new ContractChaincode(new CalculatorContract()));

        await harness.Peer.SendAsync(ShimHarness.Transaction("calc:Read", "k"));
        var request = await harness.Peer.ExpectAsync(MessageType.GetState);
        await harness.Peer.RespondErrorAsync(request, "GET_STATE failed: transaction ID: x: boom");
        var response = Messages.ResponseOf(await harness.Peer.ExpectAsync(MessageType.Completed));

        Assert.That(response.Status, Is.EqualTo(500));
        Assert.That(response.Message, Is.EqualTo("GET_STATE failed: transaction ID: x: boom"));
    }

    [Test]
    public async Task Invoke_Hooks_RunBeforeAndAfterWithResult()
    {
        var contract = new CalculatorContract();

        await InvokeAsync(new ContractChaincode(contract), "calc:Add", "1", "2");

        Assert.That(contract.Trace, Is.EqualTo(new[] { "before:calc:Add", "after:3" }));
    }

    [Test]
    public async Task Invoke_ClientIdentityInContext_ReadsCreator()
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract()), "calc:Who");

        Assert.That(response.Payload.ToStringUtf8(), Is.EqualTo("Org1MSP|assessor"));
    }

    [Test]
    public void Constructor_TransactionWithoutContext_ThrowsInvalidOperation() =>
        Assert.That(() => new ContractChaincode(new NoContextContract()), Throws.InvalidOperationException.With.Message.Contains("Context"));

    [Test]
    public void Constructor_NoContracts_ThrowsArgumentException() =>
        Assert.That(() => new ContractChaincode(), Throws.ArgumentException);

    [Test]
    public async Task GetMetadata_SystemContract_DescribesContractsTransactionsAndSchemas()
    {
        var response = await InvokeAsync(new ContractChaincode(new CalculatorContract(), new GreeterContract()), "org.hyperledger.fabric:GetMetadata");

        using var metadata = JsonDocument.Parse(response.Payload.Memory);
        var root = metadata.RootElement;
        var calc = root.GetProperty("contracts").GetProperty("calc");
        var add = calc.GetProperty("transactions").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Add");
        var move = calc.GetProperty("transactions").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Move");
        Assert.That(root.GetProperty("$schema").GetString(), Does.EndWith("contract-schema.json"));
        Assert.That(calc.GetProperty("contractInstance").GetProperty("default").GetBoolean(), Is.True);
        Assert.That(calc.GetProperty("info").GetProperty("title").GetString(), Is.EqualTo("Calculator"));
        Assert.That(add.GetProperty("tags")[0].GetString(), Is.EqualTo("EVALUATE"));
        Assert.That(add.GetProperty("parameters")[0].GetProperty("name").GetString(), Is.EqualTo("a"));
        Assert.That(add.GetProperty("parameters")[0].GetProperty("schema").GetProperty("type").GetString(), Is.EqualTo("integer"));
        Assert.That(add.GetProperty("returns").GetProperty("format").GetString(), Is.EqualTo("int32"));
        Assert.That(move.GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Does.Contain("submitTx"));
        Assert.That(move.GetProperty("parameters")[0].GetProperty("schema").GetProperty("$ref").GetString(), Is.EqualTo("#/components/schemas/Point"));
        Assert.That(root.GetProperty("components").GetProperty("schemas").GetProperty("Point").GetProperty("properties").GetProperty("X").GetProperty("type").GetString(), Is.EqualTo("integer"));
        Assert.That(root.GetProperty("contracts").GetProperty("GreeterContract").GetProperty("transactions")[0].GetProperty("name").GetString(), Is.EqualTo("Hello"));
        Assert.That(root.GetProperty("contracts").TryGetProperty("org.hyperledger.fabric", out _), Is.True);
    }
}
