using Fabric.Client.Errors;
using Fabric.Client.Resilience;
using Polly;

namespace Fabric.Client;

/// <summary>
/// A chaincode on a channel, optionally one named contract within it: the place to evaluate and submit
/// transactions, or to start the step-by-step path with <see cref="NewProposal"/>.
/// </summary>
public sealed class Contract
{
    private readonly Network _network;

    internal Contract(Network network, string chaincodeName, string? contractName)
    {
        _network = network;
        ChaincodeName = chaincodeName;
        ContractName = contractName;
    }

    /// <summary>The chaincode name.</summary>
    public string ChaincodeName { get; }

    /// <summary>The contract name within the chaincode, or null for the default contract.</summary>
    public string? ContractName { get; }

    /// <summary>Builds an unsigned proposal for <paramref name="transactionName"/> (prefixed <c>Contract:</c> for a named contract).</summary>
    public Proposal NewProposal(string transactionName, ProposalOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(transactionName);
        var function = ContractName is null ? transactionName : $"{ContractName}:{transactionName}";
        return _network.NewProposal(ChaincodeName, function, options ?? new ProposalOptions());
    }

    /// <summary>Evaluates <paramref name="transactionName"/> with string arguments and returns the result.</summary>
    /// <exception cref="EvaluateException">The gateway or the chaincode failed.</exception>
    public Task<byte[]> EvaluateTransactionAsync(string transactionName, params string[] arguments) =>
        EvaluateAsync(transactionName, ProposalOptions.FromArguments(arguments));

    /// <summary>Evaluates a transaction (nothing is ordered or written) and returns its result.</summary>
    /// <exception cref="EvaluateException">The gateway or the chaincode failed.</exception>
    public Task<byte[]> EvaluateAsync(string transactionName, ProposalOptions? options = null, CancellationToken cancellationToken = default) =>
        NewProposal(transactionName, options).EvaluateAsync(cancellationToken);

    /// <summary>Submits <paramref name="transactionName"/> with string arguments, waits for it to commit, and returns the result.</summary>
    /// <exception cref="EndorseException">Endorsement failed.</exception>
    /// <exception cref="SubmitException">Ordering failed.</exception>
    /// <exception cref="CommitStatusException">The commit status could not be obtained.</exception>
    /// <exception cref="CommitException">The transaction committed invalid.</exception>
    public async Task<byte[]> SubmitTransactionAsync(string transactionName, params string[] arguments) =>
        (await SubmitAsync(transactionName, ProposalOptions.FromArguments(arguments)).ConfigureAwait(false)).Result;

    /// <summary>
    /// Endorses, submits and waits for a transaction to commit VALID; with
    /// <see cref="SubmitOptions.RetryOnMvccConflict"/> it runs it again as a new transaction after a read conflict.
    /// </summary>
    /// <exception cref="EndorseException">Endorsement failed.</exception>
    /// <exception cref="SubmitException">Ordering failed.</exception>
    /// <exception cref="CommitStatusException">The commit status could not be obtained.</exception>
    /// <exception cref="CommitException">The transaction (its last run) committed invalid.</exception>
    public async Task<SubmitResult> SubmitAsync(
        string transactionName,
        ProposalOptions? options = null,
        SubmitOptions? submitOptions = null,
        CancellationToken cancellationToken = default)
    {
        var pipelines = _network.Rpc.Pipelines;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(FabricPipelines.MaxResubmissions, Math.Clamp(submitOptions?.RetryOnMvccConflict ?? 0, 0, pipelines.MaxResubmissionsCap));
        var attempts = 0;
        try
        {
            return await pipelines.Get(PipelineNames.ResubmitOnConflict).ExecuteAsync(
                async ctx =>
                {
                    attempts++;
                    var submitted = await StartSubmitAsync(transactionName, options, ctx.CancellationToken).ConfigureAwait(false);
                    var status = await submitted.GetStatusAsync(ctx.CancellationToken).ConfigureAwait(false);
                    return status.Successful
                        ? new SubmitResult(status.TransactionId, submitted.Result, status.BlockNumber, attempts)
                        : throw new CommitException(status.TransactionId, status.Code, status.BlockNumber);
                },
                context).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Endorses and submits a transaction and returns once ordering accepted it, without waiting for commit.</summary>
    /// <exception cref="EndorseException">Endorsement failed.</exception>
    /// <exception cref="SubmitException">Ordering failed.</exception>
    public async Task<SubmittedTransaction> StartSubmitAsync(
        string transactionName, ProposalOptions? options = null, CancellationToken cancellationToken = default)
    {
        var transaction = await NewProposal(transactionName, options).EndorseAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.SubmitAsync(cancellationToken).ConfigureAwait(false);
    }
}
