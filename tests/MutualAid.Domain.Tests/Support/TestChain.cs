using System.Text;
using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Invariants;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Tests.Support;

/// <summary>
/// Runs domain transactions against an <see cref="InMemoryLedger"/>: each call gets a fresh txid and the
/// chain's clock, commits on success, and is discarded on failure (after checking it staged nothing).
/// After every call all invariants are checked over the whole state.
/// </summary>
public sealed class TestChain
{
    private int _txCounter;

    public TestChain(string seed = "chain")
    {
        Seed = seed;
    }

    public string Seed { get; }
    public InMemoryLedger Ledger { get; } = new();
    public DateTimeOffset Now { get; set; } = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
    public bool CheckInvariants { get; set; } = true;

    /// <summary>Strings that occur only in private data; the privacy invariant looks for them in public bytes.</summary>
    public List<string> PrivateMarkers { get; } = [];

    public void Advance(TimeSpan by) => Now = Now.Add(by);

    public void AdvanceDays(int days) => Advance(TimeSpan.FromDays(days));

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public DomainResponse Invoke(Caller caller, string function, object args, IReadOnlyDictionary<string, byte[]>? transient = null)
        => InvokeJson(caller, function, args as string ?? TestJson.Serialize(args), transient);

    /// <summary>When set, every write gets the request id <c>{prefix}-{n}</c> (n counts the calls) in its arguments.</summary>
    public string? RequestIdPrefix { get; set; }

    /// <summary>The last write sent with a request id: its exact call and its response.</summary>
    public SentWrite? LastWrite { get; private set; }

    public DomainResponse InvokeJson(Caller caller, string function, string argsJson, IReadOnlyDictionary<string, byte[]>? transient = null)
    {
        if (RequestIdPrefix is null || !DomainRouter.Default.IsWrite(function) || !argsJson.StartsWith('{'))
        {
            return InvokeCore(caller, function, argsJson, transient);
        }

        var requestId = $"{RequestIdPrefix}-{_txCounter + 1}";
        var rest = argsJson[1..].TrimStart();
        var json = $"{{\"requestId\":\"{requestId}\"{(rest.StartsWith('}') ? string.Empty : ",")}{rest}";
        var response = InvokeCore(caller, function, json, transient);
        LastWrite = new SentWrite(caller, function, json, transient, response);
        return response;
    }

    /// <summary>Sends <see cref="LastWrite"/> again, byte for byte, as a client retrying after a lost answer would.</summary>
    public DomainResponse Resend(SentWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return InvokeCore(write.Caller, write.Function, write.ArgumentsJson, write.Transient);
    }

    private DomainResponse InvokeCore(Caller caller, string function, string argsJson, IReadOnlyDictionary<string, byte[]>? transient)
    {
        _txCounter++;
        var txId = Hashes.Sha256Hex($"{Seed}-tx-{_txCounter}");
        var before = CheckInvariants ? Ledger.Snapshot() : null;
        var context = new TxContext(txId, Now, caller);
        var tx = Ledger.Begin(context, transient);
        var response = DomainRouter.Default.Invoke(tx, context, function, argsJson);
        if (response.IsSuccess)
        {
            Ledger.Commit(tx);
        }
        else
        {
            Assert.That(tx.IsEmpty, Is.True, $"failed {function} staged writes: {response.Message}");
            Assert.That(response.Message, Does.StartWith(response.ErrorCode + ": "));
        }

        if (before is not null)
        {
            AssertInvariants(before);
        }

        return response;
    }

    public void AssertInvariants(LedgerSnapshot? before = null)
    {
        var after = Ledger.Snapshot();
        var violations = Invariants.Invariants.CheckAll(after, PrivateMarkers).ToList();
        if (before is not null)
        {
            violations.AddRange(Invariants.Invariants.TerminalStatesUnchanged(new StateView(before), new StateView(after)));
        }

        Assert.That(violations, Is.Empty, "invariants violated");
    }

    /// <summary>Invokes and asserts success; decodes the result.</summary>
    public T Ok<T>(Caller caller, string function, object args, JsonTypeInfo<T> type, IReadOnlyDictionary<string, byte[]>? transient = null)
    {
        var response = Invoke(caller, function, args, transient);
        Assert.That(response.Status, Is.EqualTo(200), response.Message);
        return CanonicalJson.Deserialize(response.Payload.Span, type);
    }

    /// <summary>Invokes and asserts failure with <paramref name="code"/>.</summary>
    public DomainResponse Fails(string code, Caller caller, string function, object args, IReadOnlyDictionary<string, byte[]>? transient = null)
    {
        var snapshotBefore = Ledger.Snapshot();
        var response = Invoke(caller, function, args, transient);
        Assert.Multiple(() =>
        {
            Assert.That(response.ErrorCode, Is.EqualTo(code), response.Message);
            Assert.That(response.Status, Is.EqualTo(Errors.ErrorCodes.StatusOf(code)));
            Assert.That(Describe(Ledger.Snapshot()), Is.EqualTo(Describe(snapshotBefore)), "a failed call changed the ledger");
        });
        return response;
    }

    /// <summary>The state bytes and the event count of <paramref name="s"/>, to compare two snapshots.</summary>
    public static string Describe(LedgerSnapshot s)
        => string.Join("\n", s.State.Select(kv => kv.Key + "=" + Convert.ToBase64String(kv.Value.Span))) + "|" + s.Events.Count;

    /// <summary>The transient map carrying claim details.</summary>
    public static Dictionary<string, byte[]> Details(string text) => new() { ["claimDetails"] = Encoding.UTF8.GetBytes(text) };
}

/// <summary>A write as sent (arguments including the request id) and the response it got.</summary>
public sealed record SentWrite(Caller Caller, string Function, string ArgumentsJson, IReadOnlyDictionary<string, byte[]>? Transient, DomainResponse Response);
