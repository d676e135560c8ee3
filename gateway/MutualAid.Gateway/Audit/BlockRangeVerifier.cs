using Fabric.Msp.Validation;
using Fabric.Msp.Verification;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using MutualAid.Domain.State;

namespace MutualAid.Gateway.Audit;

/// <summary>
/// Checks consecutive blocks as they arrive, independently of the network that produced them: data hash, hash
/// chain, orderer signature, TRANSACTIONS_FILTER length, and the creator and endorsement signatures of every
/// endorser transaction. It stops checking at the first break and reports it with the counts so far, and reports
/// the transactions whose timestamps do not fit their place in block order (<see cref="TransactionTimes"/>).
/// </summary>
public sealed class BlockRangeVerifier
{
    private readonly MspDefinition _orderer;
    private readonly SignatureVerifier _verifier;
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly TransactionTimes _times;
    private byte[]? _previousHeaderHash;
    private ulong? _expected;
    private ulong? _lastBlock;
    private int _blocks;
    private int _transactions;
    private int _valid;
    private int _invalid;

    /// <summary>
    /// Creates a verifier trusting <paramref name="orderer"/> for block signatures, reporting transactions whose
    /// timestamps stray from their neighbours' by more than <paramref name="timestampTolerance"/> (default: the
    /// tolerance the chaincode hosts enforce).
    /// </summary>
    public BlockRangeVerifier(MspDefinition orderer, SignatureVerifier? verifier = null, TimeSpan? timestampTolerance = null)
    {
        ArgumentNullException.ThrowIfNull(orderer);
        _orderer = orderer;
        _verifier = verifier ?? SignatureVerifier.Shared;
        _times = new TransactionTimes(timestampTolerance ?? LedgerTime.DefaultTolerance);
    }

    /// <summary>The first break found, or null.</summary>
    public AuditBreak? FirstBreak { get; private set; }

    /// <summary>
    /// Remembers the header hash of the block before the range, so the first block's previous hash is checked too.
    /// The anchor itself is not counted or checked.
    /// </summary>
    public void Anchor(Block previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        _previousHeaderHash = BlockHashes.HeaderHash(previous.Header);
        _expected = previous.Header.Number + 1;
        for (var i = 0; i < (previous.Data?.Data.Count ?? 0); i++)
        {
            if (TransactionSignatureCheck.Check(previous.Data!.Data[i], i, _verifier).Header is { } stamp)
            {
                _times.Add(previous.Header.Number, stamp.TransactionId, stamp.Creator, stamp.Timestamp, context: true);
            }
        }
    }

    /// <summary>Checks the next block; false once a break has been found (this one or an earlier one).</summary>
    public bool Check(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (FirstBreak is not null)
        {
            return false;
        }

        var number = block.Header?.Number ?? _expected ?? 0;
        FirstBreak = CheckBlock(block, number);
        if (FirstBreak is null)
        {
            _blocks++;
            _lastBlock = number;
            _expected = number + 1;
            _previousHeaderHash = BlockHashes.HeaderHash(block.Header!);
        }

        return FirstBreak is null;
    }

    /// <summary>The report for the range asked for.</summary>
    public AuditReport Report(ulong from, ulong to, bool reachedEnd) =>
        new(from, to, _lastBlock, _blocks, _transactions, new SortedDictionary<string, int>(_codes, StringComparer.Ordinal), _valid, _invalid, reachedEnd, FirstBreak,
            _times.Findings());

    private AuditBreak? CheckBlock(Block block, ulong number)
    {
        if (block.Header is null || block.Data is null)
        {
            return new AuditBreak(number, AuditCheck.BlockStructure, "the block has no header or no data");
        }

        if (_expected is { } expected && number != expected)
        {
            return new AuditBreak(number, AuditCheck.BlockStructure, $"expected block {expected}, received block {number}");
        }

        var dataHash = BlockHashes.DataHash(block);
        if (!block.Header.DataHash.Span.SequenceEqual(dataHash))
        {
            return new AuditBreak(number, AuditCheck.DataHash,
                $"the header's data hash {Convert.ToHexStringLower(block.Header.DataHash.Span)} is not the hash of the envelopes {Convert.ToHexStringLower(dataHash)}");
        }

        if (_previousHeaderHash is { } previous && !block.Header.PreviousHash.Span.SequenceEqual(previous))
        {
            return new AuditBreak(number, AuditCheck.PreviousHash,
                $"the previous hash {Convert.ToHexStringLower(block.Header.PreviousHash.Span)} is not the header hash of block {number - 1} {Convert.ToHexStringLower(previous)}");
        }

        if (number == 0 && !block.Header.PreviousHash.IsEmpty)
        {
            return new AuditBreak(number, AuditCheck.PreviousHash, "the genesis block has a previous hash");
        }

        if (OrdererSignatureCheck.Failure(block, _orderer, _verifier) is { } signatureFailure)
        {
            return new AuditBreak(number, AuditCheck.OrdererSignature, signatureFailure);
        }

        var filterIndex = (int)BlockMetadataIndex.TransactionsFilter;
        var filter = block.Metadata?.Metadata is { } entries && entries.Count > filterIndex ? entries[filterIndex].Span : [];
        if (filter.Length != block.Data.Data.Count)
        {
            return new AuditBreak(number, AuditCheck.TransactionsFilter,
                $"the TRANSACTIONS_FILTER holds {filter.Length} codes for {block.Data.Data.Count} transactions");
        }

        var transactions = 0;
        var stamps = new List<TransactionSignatureCheck.Stamp>();
        for (var i = 0; i < block.Data.Data.Count; i++)
        {
            var outcome = TransactionSignatureCheck.Check(block.Data.Data[i], i, _verifier);
            if (outcome.Check is not null)
            {
                return new AuditBreak(number, outcome.Check, outcome.Detail ?? outcome.Check);
            }

            transactions += outcome.IsEndorserTransaction ? 1 : 0;
            if (outcome.Header is { } stamp)
            {
                stamps.Add(stamp);
            }
        }

        // Only a block that passed every check contributes times, so a finding never rests on forged bytes.
        foreach (var stamp in stamps)
        {
            _times.Add(number, stamp.TransactionId, stamp.Creator, stamp.Timestamp);
        }

        _transactions += transactions;
        foreach (var code in filter)
        {
            var name = CodeName(code);
            _codes[name] = _codes.GetValueOrDefault(name) + 1;
            if (code == (byte)TxValidationCode.Valid)
            {
                _valid++;
            }
            else
            {
                _invalid++;
            }
        }

        return null;
    }

    private static string CodeName(byte code) =>
        TransactionReflection.Descriptor.EnumTypes.FirstOrDefault(e => e.Name == nameof(TxValidationCode))?.FindValueByNumber(code)?.Name
        ?? code.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
