using Fabric.Protos.Peer;
using Fabric.Shim;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MutualAid.Chaincode.Calls;
using MutualAid.Chaincode.Execution;
using MutualAid.Chaincode.Ledger;
using MutualAid.Chaincode.Logging;
using MutualAid.Chaincode.Responses;
using MutualAid.Chaincode.Time;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Routing;
using MutualAid.Domain.State;

namespace MutualAid.Chaincode;

/// <summary>
/// The mutual-aid chaincode: every transaction is one call of the domain router, named by <c>args[0]</c> with its
/// JSON message in <c>args[1]</c> (see <see cref="ContractCall"/>). The proposal's timestamp must first pass this
/// host's <see cref="ClockCheck"/>; then the stub is adapted to the domain's <see cref="ILedgerState"/>
/// (<see cref="StubLedgerState"/>), the transaction context is read from the proposal
/// (<see cref="TxContextReader"/>), the domain runs on <see cref="DomainExecutor"/>, and its response
/// becomes the shim's (<see cref="ResponseMapper"/>). It never throws for a transaction: every failure is a 4xx or
/// 500 response, so the peer always receives COMPLETED with a status and a message that starts with the code.
/// </summary>
public sealed class MutualAidChaincode : IChaincode, IDisposable
{
    private readonly DomainRouter _router;
    private readonly DomainExecutor _executor;
    private readonly ILogger _logger;
    private readonly ClockCheck _clock;

    /// <summary>
    /// Creates the chaincode over <paramref name="router"/> (every domain function by default), checking each proposal's
    /// timestamp with <paramref name="clock"/> (<see cref="ClockCheck.System"/> by default).
    /// </summary>
    public MutualAidChaincode(
        DomainRouter? router = null, DomainExecutor? executor = null, ILogger<MutualAidChaincode>? logger = null, ClockCheck? clock = null)
    {
        _router = router ?? DomainRouter.Default;
        _executor = executor ?? new DomainExecutor();
        _logger = logger ?? NullLogger<MutualAidChaincode>.Instance;
        _clock = clock ?? ClockCheck.System;
    }

    /// <summary>Answers success: the domain needs no initialization (Fabric 2.x definitions do not require Init).</summary>
    public Task<Response> InitAsync(IChaincodeStub stub) => Task.FromResult(ChaincodeResponses.Success());

    /// <inheritdoc />
    public async Task<Response> InvokeAsync(IChaincodeStub stub)
    {
        ArgumentNullException.ThrowIfNull(stub);

        // Reads too: a read computed at a forged time would report windows open or closed when they are not.
        if (!_clock.TryAccept(stub.ProposalTimestamp, out var timestamp, out var refusal))
        {
            ChaincodeLog.TimestampRefused(_logger, stub.TxId, refusal.Code, refusal.Message);
            return ResponseMapper.Failure(ErrorCodes.StatusOf(refusal.Code), refusal.Code, refusal.Message);
        }

        var (call, problem) = ContractCall.Parse(stub.Args);
        if (call is null)
        {
            return ResponseMapper.Failure(ChaincodeResponses.BadRequest, HostErrorCodes.InvalidArgument, problem!);
        }

        TxContext context;
        try
        {
            context = TxContextReader.Read(stub, timestamp);
        }
        catch (Fabric.Msp.Errors.MspException ex)
        {
            ChaincodeLog.ContextUnreadable(_logger, stub.TxId, ex.Message, ex);
            return ResponseMapper.Failure(ChaincodeResponses.InternalError, HostErrorCodes.InternalError,
                $"the proposal's creator cannot be read: {ex.Message}");
        }

        using var state = new StubLedgerState(stub);
        var response = await _executor.RunAsync(() => _router.Invoke(state, context, call.Function, call.ArgumentsJson)).ConfigureAwait(false);
        if (response.Status >= ChaincodeResponses.InternalError)
        {
            ChaincodeLog.DomainFault(_logger, context.TxId, call.Function, response.Message);
        }
        else
        {
            ChaincodeLog.Answered(_logger, context.TxId, call.Function, response.Status);
        }

        return ResponseMapper.ToResponse(response);
    }

    /// <summary>Lets the executor's workers end once the queued transactions are done.</summary>
    public void Dispose() => _executor.Dispose();
}
