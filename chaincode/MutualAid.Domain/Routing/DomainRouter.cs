using System.Text;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Queries;
using MutualAid.Domain.Runtime;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Routing;

/// <summary>
/// Dispatches a function name and its JSON arguments to the handler, enforces the regulator and role rules,
/// and turns the outcome into a <see cref="DomainResponse"/>. Staged writes reach the state only on success.
/// </summary>
public sealed class DomainRouter
{
    private readonly Dictionary<string, IDomainHandler> _handlers;

    /// <summary>Creates a router over <paramref name="handlers"/>.</summary>
    public DomainRouter(IEnumerable<IDomainHandler> handlers)
    {
        _handlers = handlers.ToDictionary(h => h.FunctionName, StringComparer.Ordinal);
    }

    /// <summary>The router with every domain function.</summary>
    public static DomainRouter Default { get; } = new(
    [
        new CreatePoolHandler(), new EnrollMemberHandler(), new RegisterPayoutDestinationHandler(), new ExitMemberHandler(),
        new RecordContributionHandler(), new SubmitClaimHandler(), new StartReviewHandler(), new EndorseClaimHandler(),
        new ObjectToClaimHandler(), new FinalizeClaimHandler(), new RecordPayoutHandler(), new ExpireClaimHandler(),
        new GetPoolHandler(), new GetPoolStatementHandler(), new GetMemberStatementHandler(), new GetClaimHandler(),
        new GetClaimHistoryHandler(), new ListClaimsHandler(), new GetServiceTimesHandler(),
        new LapseReviewHandler(), new CloseRejectedClaimHandler(), new AppealClaimHandler(), new CastJuryBallotHandler(),
        new ResolveAppealHandler(), new GetAppealHandler(),
        new SubmitProposalHandler(), new VoteOnProposalHandler(), new TallyProposalHandler(), new ExecuteProposalHandler(),
        new GetProposalHandler(), new GetGovernanceHistoryHandler(),
        new DeclareCampaignHandler(), new FundCampaignHandler(), new VerifyBeneficiariesHandler(), new DisburseReliefHandler(),
        new ReviewReliefPaymentHandler(), new CloseCampaignHandler(), new GetCampaignReportHandler(),
        new OpenClaimRecoveryHandler(), new RepayRecoveryHandler(), new GetRecoveryHandler(),
        new CloseSharingPeriodHandler(), new RecomputePeriodHandler(), new GetMemberChargesHandler(), new WithdrawCapitalHandler(),
    ]);

    /// <summary>The function names, in ordinal order.</summary>
    public IReadOnlyList<string> Functions => [.. _handlers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when <paramref name="function"/> writes state.</summary>
    public bool IsWrite(string function) => _handlers.TryGetValue(function, out var h) && h.IsWrite;

    /// <summary>Runs one contract call. Never throws: failures become 4xx (caller) or 500 (fault) responses.</summary>
    public DomainResponse Invoke(ILedgerState state, TxContext context, string function, string argumentsJson)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            if (!_handlers.TryGetValue(function, out var handler))
            {
                throw new DomainException(ErrorCodes.UnknownFunction, $"no function named {function}");
            }

            Authorize(handler, context.Caller);
            var envelope = RequestEnvelope.Parse(argumentsJson);
            var tx = new TxScope(state, context);
            if (!handler.IsWrite || envelope.RequestId is not { } requestId)
            {
                var result = handler.Execute(tx, envelope.ArgumentsJson);
                tx.Flush();
                return new DomainResponse(200, null, string.Empty, CanonicalJson.SerializeObject(result));
            }

            return InvokeOnce(tx, handler, envelope, requestId);
        }
        catch (DomainException ex)
        {
            return DomainResponse.Failure(ex.Status, ex.Code, ex.Message);
        }
#pragma warning disable CA1031 // Every other failure is a fault: report 500, never crash the chaincode.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return DomainResponse.Failure(500, ErrorCodes.InternalError, $"{ErrorCodes.InternalError}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>
    /// Runs a write that carries a request id at most once per (caller organization, request id): the first success
    /// records its response; a retry of the same request returns that response and writes nothing (no event either);
    /// the same id with another request is REQUEST_ID_REUSED. Two concurrent first attempts both read the absent
    /// record, so MVCC lets only one of them commit.
    /// </summary>
    private static DomainResponse InvokeOnce(TxScope tx, IDomainHandler handler, RequestEnvelope envelope, string requestId)
    {
        var requests = new RequestKeeper(tx);
        var hash = envelope.Hash(handler.FunctionName, tx.Transient);
        if (requests.Find(requestId) is { } first)
        {
            TxScope.Require(string.Equals(first.Function, handler.FunctionName, StringComparison.Ordinal)
                && string.Equals(first.RequestHash, hash, StringComparison.Ordinal), ErrorCodes.RequestIdReused,
                $"request {requestId} of {tx.Caller.MspId} was used for another {first.Function} call in transaction {first.TxId}");
            return DomainResponse.Replay(first.TxId, Encoding.UTF8.GetBytes(first.Response));
        }

        var payload = CanonicalJson.SerializeObject(handler.Execute(tx, envelope.ArgumentsJson));
        requests.Record(requestId, handler.FunctionName, hash, payload);
        tx.Flush();
        return new DomainResponse(200, null, string.Empty, payload);
    }

    private static void Authorize(IDomainHandler handler, Caller caller)
    {
        if (!handler.IsWrite)
        {
            return;
        }

        if (string.Equals(caller.MspId, Consortium.RegulatorMspId, StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.RegulatorReadOnly, $"{handler.FunctionName} writes; regulators may only read");
        }

        var role = RoleParser.Parse(caller.Role);
        if (role is null || !handler.Roles.Contains(role.Value))
        {
            throw new DomainException(ErrorCodes.ForbiddenRole,
                $"{handler.FunctionName} needs role {string.Join(" or ", handler.Roles.Select(RoleParser.Format))}; caller has '{caller.Role}'");
        }
    }
}
