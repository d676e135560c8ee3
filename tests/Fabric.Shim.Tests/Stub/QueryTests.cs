using System.Text;
using Fabric.Protos.Ledger.QueryResult;
using Fabric.Protos.Peer;
using Fabric.Shim.Errors;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Tests.Stub;

public sealed class QueryTests
{
    [Test]
    public async Task GetStateByRange_TwoBatches_SendsNextThenCloseAfterExhaustion()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var iterator = await stub.GetStateByRangeAsync("a", "z");
            var keys = (await iterator.ToListAsync()).Select(kv => kv.Key);
            await iterator.CloseAsync();
            await iterator.DisposeAsync();
            return ChaincodeResponses.Success(string.Join(",", keys));
        });

        await harness.Peer.SendAsync(ShimHarness.Transaction("Scan"));
        var range = await harness.Peer.ExpectAsync(MessageType.GetStateByRange);
        await harness.Peer.RespondAsync(range, Batch("it1", hasMore: true, "a1", "a2"));
        var next = await harness.Peer.ExpectAsync(MessageType.QueryStateNext);
        await harness.Peer.RespondAsync(next, Batch("it1", hasMore: false, "b1"));
        var close = await harness.Peer.ExpectAsync(MessageType.QueryStateClose);
        await harness.Peer.RespondAsync(close, new QueryResponse { Id = "it1" });
        var end = await harness.Peer.ExpectAsync(MessageType.Completed);

        Assert.That(GetStateByRange.Parser.ParseFrom(range.Payload), Is.EqualTo(new GetStateByRange { StartKey = "a", EndKey = "z" }));
        Assert.That(QueryStateNext.Parser.ParseFrom(next.Payload).Id, Is.EqualTo("it1"));
        Assert.That(QueryStateClose.Parser.ParseFrom(close.Payload).Id, Is.EqualTo("it1"));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("a1,a2,b1"));
    }

    [Test]
    public async Task GetStateByRange_EmptyStartKey_IsSentAsU0001()
    {
        var ledger = new InMemoryLedger();
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            await using var iterator = await stub.GetStateByRangeAsync("", "");
            return ChaincodeResponses.Success(string.Join(",", (await iterator.ToListAsync()).Select(kv => kv.Key)));
        });
        ledger.Seed("\u0000asset\u0000a\u0000", "composite");
        ledger.Seed("asset1", "v");

        var end = await harness.RunAsync(ledger, ShimHarness.Transaction("Scan"));

        var range = GetStateByRange.Parser.ParseFrom(ledger.Requests[0].Payload);
        Assert.That(range.StartKey, Is.EqualTo("\u0001"));
        Assert.That(range.EndKey, Is.Empty);
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("asset1"));
    }

    [Test]
    public async Task GetStateByRange_250KeysInBatchesOf100_ReadsAllInUtf8OrderAndClosesOnce()
    {
        var ledger = new InMemoryLedger { BatchSize = 100 };
        for (var i = 0; i < 250; i++)
        {
            ledger.Seed($"k{i:D3}", "v");
        }

        ledger.Seed("k\uFFFD", "bmp");
        ledger.Seed("k\U0001F600", "astral");
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            await using var iterator = await stub.GetStateByRangeAsync("k", "");
            var keys = await iterator.ToListAsync();
            return ChaincodeResponses.Success(string.Join(",", keys.Count, keys[^2].Key, keys[^1].Key));
        });

        var end = await harness.RunAsync(ledger, ShimHarness.Transaction("Scan"));

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("252,k\uFFFD,k\U0001F600"));
        Assert.That(ledger.Requests.Count(r => r.Type == MessageType.QueryStateNext), Is.EqualTo(2));
        Assert.That(ledger.Requests.Count(r => r.Type == MessageType.QueryStateClose), Is.EqualTo(1));
        Assert.That(ledger.OpenIterators, Is.Empty);
    }

    [Test]
    public async Task Iterator_StoppedEarlyAndDisposedTwice_SendsOneClose()
    {
        var ledger = new InMemoryLedger { BatchSize = 2 };
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            ledger.Seed(key, key);
        }

        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var iterator = await stub.GetStateByRangeAsync("a", "");
            await foreach (var kv in iterator)
            {
                break;
            }

            await iterator.DisposeAsync();
            await iterator.CloseAsync();
            return ChaincodeResponses.Success(iterator.IsClosed.ToString());
        });

        var end = await harness.RunAsync(ledger, ShimHarness.Transaction("Scan"));

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("True"));
        Assert.That(ledger.Requests.Select(r => r.Type), Is.EqualTo(new[] { MessageType.GetStateByRange, MessageType.QueryStateClose }));
        Assert.That(ledger.OpenIterators, Is.Empty);
    }

    [Test]
    public void GetStateByRange_KeyStartingWithU0000_ThrowsArgumentException()
    {
        Assert.That(() => Fabric.Shim.Keys.CompositeKey.ValidateSimpleKeys("a", "\u0000asset"), Throws.ArgumentException.With.Message.Contains("null character"));
    }

    [Test]
    public async Task Pagination_ThreePages_ReturnsFetchedCountAndBookmarks()
    {
        var ledger = new InMemoryLedger();
        foreach (var key in new[] { "a1", "a2", "a3", "a4", "a5" })
        {
            ledger.Seed(key, key);
        }

        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var pages = new List<string>();
            var bookmark = "";
            do
            {
                var page = await stub.GetStateByRangeWithPaginationAsync("a", "b", 2, bookmark);
                var keys = await page.Iterator.ToListAsync();
                pages.Add($"{page.Metadata.FetchedRecordsCount}:{string.Join("+", keys.Select(k => k.Key))}:{page.Metadata.Bookmark}");
                bookmark = page.Metadata.Bookmark;
            }
            while (bookmark.Length > 0);

            return ChaincodeResponses.Success(string.Join("|", pages));
        });

        var end = await harness.RunAsync(ledger, ShimHarness.Transaction("Page"));

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("2:a1+a2:a3|2:a3+a4:a5|1:a5:"));
        var first = GetStateByRange.Parser.ParseFrom(ledger.Requests[0].Payload);
        Assert.That(QueryMetadata.Parser.ParseFrom(first.Metadata), Is.EqualTo(new QueryMetadata { PageSize = 2, Bookmark = "" }));
    }

    [Test]
    public async Task PartialCompositeKey_TypeAndAttribute_ScansPrefixToU10FFFF()
    {
        var ledger = new InMemoryLedger();
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            ledger.Seed(stub.CreateCompositeKey("color~name", "blue", "asset1"), "1");
            ledger.Seed(stub.CreateCompositeKey("color~name", "blue", "asset2"), "2");
            ledger.Seed(stub.CreateCompositeKey("color~name", "red", "asset3"), "3");
            await using var iterator = await stub.GetStateByPartialCompositeKeyAsync("color~name", "blue");
            var names = new List<string>();
            await foreach (var kv in iterator)
            {
                names.Add(stub.SplitCompositeKey(kv.Key).Attributes[1]);
            }

            return ChaincodeResponses.Success(string.Join(",", names));
        });

        var end = await harness.RunAsync(ledger, ShimHarness.Transaction("ByColor"));

        var range = GetStateByRange.Parser.ParseFrom(ledger.Requests[0].Payload);
        Assert.That(range.StartKey, Is.EqualTo("\u0000color~name\u0000blue\u0000"));
        Assert.That(Encoding.UTF8.GetBytes(range.EndKey)[^4..], Is.EqualTo(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF }));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("asset1,asset2"));
    }

    [Test]
    public async Task PartialCompositeKeyWithPagination_PageSize1_ReturnsBookmark()
    {
        var ledger = new InMemoryLedger();
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            ledger.Seed(stub.CreateCompositeKey("t", "a"), "1");
            ledger.Seed(stub.CreateCompositeKey("t", "b"), "2");
            var page = await stub.GetStateByPartialCompositeKeyWithPaginationAsync("t", [], 1, "");
            var keys = await page.Iterator.ToListAsync();
            return ChaincodeResponses.Success($"{keys.Count}:{page.Metadata.Bookmark == stub.CreateCompositeKey("t", "b")}");
        });

        var end = await harness.RunAsync(ledger, ShimHarness.Transaction("Page"));

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("1:True"));
    }

    [Test]
    public async Task GetQueryResult_Query_IsPassedThroughAndPeerErrorSurfaces()
    {
        var ledger = new InMemoryLedger();
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var error = Assert.CatchAsync<PeerRequestException>(() => stub.GetQueryResultAsync("{\"selector\":{\"Owner\":\"Tom\"}}"));
            await Task.CompletedTask;
            return ChaincodeResponses.Success(error!.Message);
        });

        var end = await harness.RunAsync(ledger, ShimHarness.Transaction("Rich"));

        Assert.That(GetQueryResult.Parser.ParseFrom(ledger.Requests[0].Payload).Query, Is.EqualTo("{\"selector\":{\"Owner\":\"Tom\"}}"));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Does.Contain("ExecuteQuery not supported for leveldb"));
    }

    [Test]
    public async Task GetQueryResultWithPagination_ScriptedPeer_ReturnsRecordsAndMetadata()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var page = await stub.GetQueryResultWithPaginationAsync("{}", 10, "bm0");
            var records = await page.Iterator.ToListAsync();
            return ChaincodeResponses.Success($"{records[0].Key}={Encoding.UTF8.GetString(records[0].Value.Span)};{page.Metadata}");
        });

        await harness.Peer.SendAsync(ShimHarness.Transaction("Rich"));
        var query = await harness.Peer.ExpectAsync(MessageType.GetQueryResult);
        var response = Batch("q1", hasMore: false, "x");
        response.Metadata = new QueryResponseMetadata { FetchedRecordsCount = 1, Bookmark = "bm1" }.ToByteString();
        await harness.Peer.RespondAsync(query, response);
        var close = await harness.Peer.ExpectAsync(MessageType.QueryStateClose);
        await harness.Peer.RespondAsync(close, new QueryResponse { Id = "q1" });
        var end = await harness.Peer.ExpectAsync(MessageType.Completed);

        Assert.That(QueryMetadata.Parser.ParseFrom(GetQueryResult.Parser.ParseFrom(query.Payload).Metadata).Bookmark, Is.EqualTo("bm0"));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Does.StartWith("x=value-x;").And.Contain("FetchedRecordsCount = 1").And.Contain("bm1"));
    }

    [Test]
    public async Task GetHistoryForKey_Modifications_DecodedWithTimestampAndDeleteFlag()
    {
        var ledger = new InMemoryLedger();
        var when = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
        ledger.AddHistory("asset1", new KeyModification { TxId = "t1", Value = ByteString.CopyFromUtf8("v1"), Timestamp = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(when) });
        ledger.AddHistory("asset1", new KeyModification { TxId = "t2", IsDelete = true });
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            await using var history = await stub.GetHistoryForKeyAsync("asset1");
            var entries = await history.ToListAsync();
            return ChaincodeResponses.Success(string.Join("|", entries.Select(e =>
                $"{e.TxId},{Encoding.UTF8.GetString(e.Value.Span)},{e.IsDelete},{e.Timestamp?.ToUnixTimeSeconds()}")));
        });

        var end = await harness.RunAsync(ledger, ShimHarness.Transaction("History"));

        Assert.That(GetHistoryForKey.Parser.ParseFrom(ledger.Requests[0].Payload).Key, Is.EqualTo("asset1"));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo($"t2,,True,|t1,v1,False,{when.ToUnixTimeSeconds()}"));
    }

    private static QueryResponse Batch(string id, bool hasMore, params string[] keys)
    {
        var response = new QueryResponse { Id = id, HasMore = hasMore };
        response.Results.AddRange(keys.Select(k => new QueryResultBytes
        {
            ResultBytes = new KV { Namespace = "basic", Key = k, Value = ByteString.CopyFromUtf8("value-" + k) }.ToByteString(),
        }));
        return response;
    }
}
