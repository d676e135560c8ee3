using MutualAid.Domain.Errors;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;
using MutualAid.Domain.State;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Access;

public sealed class AccessControlTests
{
    private static IEnumerable<string> WriteFunctions() => DomainRouter.Default.Functions.Where(DomainRouter.Default.IsWrite);

    private static IEnumerable<string> ReadFunctions() => DomainRouter.Default.Functions.Where(f => !DomainRouter.Default.IsWrite(f));

    [TestCaseSource(nameof(WriteFunctions))]
    public void WriteFunction_CalledByRegulatorWithAnyRole_FailsRegulatorReadOnly(string function)
    {
        foreach (var role in new[] { "auditor", "delegate", "caseworker", "assessor", "coordinator" })
        {
            var response = new TestChain().Invoke(new Caller(Actors.Regulator, role, "x509::CN=reg"), function, new { });
            Assert.Multiple(() =>
            {
                Assert.That(response.ErrorCode, Is.EqualTo(ErrorCodes.RegulatorReadOnly));
                Assert.That(response.Status, Is.EqualTo(403));
            });
        }
    }

    [TestCaseSource(nameof(WriteFunctions))]
    public void WriteFunction_CalledByAuditorOrWithoutRole_FailsForbiddenRole(string function)
    {
        foreach (var role in new[] { "auditor", "member", null, "superuser" })
        {
            var response = new TestChain().Invoke(new Caller(Actors.InsurerA, role, "x509::CN=someone"), function, new { });
            Assert.That(response.ErrorCode, Is.EqualTo(ErrorCodes.ForbiddenRole));
        }
    }

    [TestCaseSource(nameof(ReadFunctions))]
    public void ReadFunction_CalledByRegulator_IsNotRefusedForAccess(string function)
    {
        var response = new TestChain().Invoke(Actors.Auditor(), function, new { poolId = "x", memberId = "x", claimId = "x" });

        Assert.That(response.ErrorCode, Is.Not.EqualTo(ErrorCodes.RegulatorReadOnly).And.Not.EqualTo(ErrorCodes.ForbiddenRole));
    }

    [Test]
    public void Invoke_UnknownFunction_FailsUnknownFunction()
        => Assert.That(new TestChain().Invoke(Actors.Auditor(), "DeleteEverything", new { }).ErrorCode, Is.EqualTo(ErrorCodes.UnknownFunction));

    [Test]
    public void Invoke_MalformedJson_FailsInvalidArgument()
        => Assert.That(new TestChain().InvokeJson(Actors.Auditor(), "GetPool", "{not json").ErrorCode, Is.EqualTo(ErrorCodes.InvalidArgument));

    [Test]
    public void Invoke_HandlerFault_Returns500InternalErrorAndWritesNothing()
    {
        var router = new DomainRouter([new FaultyHandler()]);
        var ledger = new InMemoryLedger();
        var context = new TxContext("tx", DateTimeOffset.UnixEpoch, Actors.Delegate());
        var tx = ledger.Begin(context);

        var response = router.Invoke(tx, context, "Faulty", "{}");

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(500));
            Assert.That(response.ErrorCode, Is.EqualTo(ErrorCodes.InternalError));
            Assert.That(response.Message, Does.StartWith("INTERNAL_ERROR: "));
            Assert.That(tx.IsEmpty, Is.True);
        });
    }

    private sealed class FaultyHandler : IDomainHandler
    {
        public string FunctionName => "Faulty";
        public bool IsWrite => true;
        public IReadOnlyList<Role> Roles => [Role.Delegate];

        public object Execute(TxScope tx, string argumentsJson)
        {
            tx.PutRaw("k", [1]);
            throw new InvalidOperationException("boom");
        }
    }
}
