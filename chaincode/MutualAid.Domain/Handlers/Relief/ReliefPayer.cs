using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// Applies the payments of one batch. The state has no read-your-own-writes, so every running total (outflows,
/// fast-path usage, per-beneficiary totals, dedup owners, references) is carried here between payments.
/// </summary>
internal sealed class ReliefPayer
{
    private readonly TxScope _tx;
    private readonly Campaign _campaign;
    private readonly bool _fastPath;
    private readonly CampaignKeeper _campaigns;
    private readonly BeneficiaryKeeper _beneficiaries;
    private readonly string _org;
    private readonly string _coordinatorRef;
    private readonly Dictionary<string, CampaignBeneficiary> _inCampaign = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BeneficiaryRecord> _owners = new(StringComparer.Ordinal);
    private readonly HashSet<string> _references = new(StringComparer.Ordinal);
    private readonly List<ReliefPayment> _payments = [];
    private readonly List<ReliefEntry> _entries = [];
    private readonly List<DuplicateFlag> _duplicates = [];
    private CampaignOutflows _outflows;
    private FastPathUsage _usage;
    private long _balance;

    public ReliefPayer(TxScope tx, Campaign campaign, bool fastPath)
    {
        _tx = tx;
        _campaign = campaign;
        _fastPath = fastPath;
        _campaigns = new CampaignKeeper(tx);
        _beneficiaries = new BeneficiaryKeeper(tx);
        _org = tx.Caller.MspId;
        _coordinatorRef = Hashes.Sha256Hex($"{tx.Caller.MspId}\u0000{tx.Caller.ClientId}");
        _outflows = _campaigns.GetOutflows(campaign.CampaignId);
        _usage = _campaigns.FindUsage(campaign.CampaignId, _coordinatorRef)
                 ?? new FastPathUsage { CampaignId = campaign.CampaignId, CoordinatorRef = _coordinatorRef, OrgMsp = _org, Total = 0 };
        _balance = CampaignKeeper.Balance(_campaigns.Entries(campaign.CampaignId));
    }

    public void Pay(ReliefPaymentOrder order)
    {
        Check.Hash(order.BeneficiaryHash, "payments[].beneficiaryHash");
        Check.Hash(order.DestinationHash, "payments[].destinationHash");
        Check.PaymentReference(order.PaymentReference);
        Check.Amount(order.Amount, _campaign.Currency, "payments[].amount");
        var amount = order.Amount.Amount;
        var hash = order.BeneficiaryHash;
        TxScope.Require(_references.Add(order.PaymentReference) && new ReferenceKeeper(_tx).Find("out", order.PaymentReference) is null,
            ErrorCodes.DuplicatePaymentReference, $"payment reference {order.PaymentReference} was already used");
        TxScope.Require(checked(_outflows.Disbursed + amount) <= _campaign.Budget, ErrorCodes.BudgetExceeded,
            $"campaign {_campaign.CampaignId} has {_campaign.Budget - _outflows.Disbursed} of its budget left");
        TxScope.Require(amount <= _balance, ErrorCodes.InsufficientCampaignBalance, $"campaign {_campaign.CampaignId} holds {_balance}");
        var mine = Current(hash);
        TxScope.Require(checked(mine.Total + amount) <= _campaign.EntitlementPerBeneficiary, ErrorCodes.EntitlementExceeded,
            $"the beneficiary has {_campaign.EntitlementPerBeneficiary - mine.Total} of their entitlement left");
        if (_fastPath)
        {
            TxScope.Require(checked(_usage.Total + amount) <= _campaign.FastPathCapPerCoordinator
                && checked(_outflows.FastPath + amount) <= _campaign.FastPathCapPerCampaign, ErrorCodes.FastPathCapExceeded,
                $"the fast path allows {_campaign.FastPathCapPerCoordinator - _usage.Total} more for this coordinator and {_campaign.FastPathCapPerCampaign - _outflows.FastPath} for the campaign");
        }
        else
        {
            var verified = _beneficiaries.FindVerification(_campaign.CampaignId, hash);
            TxScope.Require(verified is not null && verified.VerifierOrg != _org, ErrorCodes.BeneficiaryNotVerified,
                "the standard path pays only beneficiaries verified by another organization; use the fast path or verify first");
        }

        var paymentId = _tx.NewId("RLF");
        var duplicate = Dedup(hash, paymentId);
        var payment = new ReliefPayment
        {
            PaymentId = paymentId, CampaignId = _campaign.CampaignId, BeneficiaryHash = hash, Amount = order.Amount, OrgMsp = _org,
            CoordinatorRef = _coordinatorRef, FastPath = _fastPath, PaymentReference = order.PaymentReference, DestinationHash = order.DestinationHash,
            At = _tx.Now, Duplicate = duplicate, Review = _fastPath ? ReliefReviewStatus.Pending : ReliefReviewStatus.NotRequired,
            ReviewDeadline = _fastPath ? _tx.Now.AddDays(_campaign.ReviewWindowDays) : null,
        };
        _payments.Add(payment);
        _entries.Add(_campaigns.Add(_campaign, ReliefEntryKind.Disbursement, amount, paymentId, hash,
            paymentReference: order.PaymentReference, destinationHash: order.DestinationHash));
        _inCampaign[hash] = mine with { Total = checked(mine.Total + amount), Payments = mine.Payments + 1 };
        _balance = checked(_balance - amount);
        _outflows = _outflows with
        {
            Disbursed = checked(_outflows.Disbursed + amount),
            FastPath = _fastPath ? checked(_outflows.FastPath + amount) : _outflows.FastPath,
        };
        if (_fastPath)
        {
            _usage = _usage with { Total = checked(_usage.Total + amount) };
        }
    }

    public IReadOnlyList<ReliefPayment> Commit()
    {
        _outflows = _outflows with { Sequence = checked(_outflows.Sequence + 1), LastTxId = _tx.Context.TxId };
        _campaigns.PutOutflows(_outflows);
        _payments.ForEach(_beneficiaries.Put);
        foreach (var e in _entries)
        {
            new ReferenceKeeper(_tx).Use(e);
        }

        foreach (var b in _inCampaign.Values)
        {
            _beneficiaries.Put(b);
        }

        foreach (var o in _owners.Values)
        {
            _beneficiaries.Put(o);
        }

        _duplicates.ForEach(_beneficiaries.Put);
        if (_fastPath)
        {
            _campaigns.PutUsage(_usage);
        }

        _tx.Emit(new DomainEvent
        {
            Name = EventNames.ReliefDisbursed, TxId = _tx.Context.TxId, At = _tx.Now, Actor = _tx.Actor, PoolId = _campaign.PoolId,
            CampaignOutflows = _outflows, ReliefEntries = _entries, ReliefPayments = _payments,
            CampaignBeneficiaries = [.. _inCampaign.Values.OrderBy(b => b.BeneficiaryHash, StringComparer.Ordinal)],
            Beneficiaries = [.. _owners.Values.OrderBy(b => b.BeneficiaryHash, StringComparer.Ordinal)],
            Duplicates = _duplicates, FastPathUsage = _fastPath ? [_usage] : null,
        });
        return _payments;
    }

    private CampaignBeneficiary Current(string hash)
        => _inCampaign.TryGetValue(hash, out var b) ? b
            : _beneficiaries.FindInCampaign(_campaign.CampaignId, hash)
              ?? new CampaignBeneficiary { CampaignId = _campaign.CampaignId, BeneficiaryHash = hash, Total = 0, Payments = 0 };

    /// <summary>True when another campaign or organization already served the beneficiary in the window (blocking mode refuses).</summary>
    private bool Dedup(string hash, string paymentId)
    {
        var owner = _owners.TryGetValue(hash, out var o) ? o : _beneficiaries.Find(_campaign.WindowId, hash);
        if (owner is null)
        {
            _owners[hash] = new BeneficiaryRecord
            {
                WindowId = _campaign.WindowId, BeneficiaryHash = hash, FirstCampaignId = _campaign.CampaignId, FirstOrg = _org, FirstPaidAt = _tx.Now, Payments = 1,
            };
            return false;
        }

        _owners[hash] = owner with { Payments = owner.Payments + 1 };
        if (owner.FirstCampaignId == _campaign.CampaignId && owner.FirstOrg == _org)
        {
            return false;
        }

        TxScope.Require(_campaign.DedupMode == DedupMode.Advisory, ErrorCodes.DuplicateBeneficiary,
            $"the beneficiary was already served in window {_campaign.WindowId} by {owner.FirstOrg} in campaign {owner.FirstCampaignId}");
        _duplicates.Add(new DuplicateFlag
        {
            WindowId = _campaign.WindowId, BeneficiaryHash = hash, PaymentId = paymentId, CampaignId = _campaign.CampaignId, OrgMsp = _org,
            FirstCampaignId = owner.FirstCampaignId, FirstOrg = owner.FirstOrg, At = _tx.Now,
        });
        return true;
    }
}
