using System.Security.Cryptography;
using MutualAid.DevNetwork.Blocks;

namespace MutualAid.DevNetwork.Tests.Blocks;

public class BlockHashingTests
{
    // Vectors computed from Fabric's recipe (DER of number, previous hash, data hash) and checked
    // with an independent ASN.1 parser.
    private const string GenesisDer =
        "302702010004000420e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private const string GenesisHash = "9cae6f5c10756febc407bba95fc23853774c1f65f10354895bfdab6443d66ed3";
    private const string Block128Hash = "c3412111da7d3cf7b2b02fe6a55d8fae64478a1234548e722bf8c1906aa893bd";

    [Test]
    public void HeaderBytes_GenesisWithEmptyPreviousHash_MatchesFabricDer()
    {
        var der = BlockHashing.HeaderBytes(0, [], SHA256.HashData([]));

        Assert.That(Convert.ToHexStringLower(der), Is.EqualTo(GenesisDer));
        Assert.That(Convert.ToHexStringLower(BlockHashing.HeaderHash(0, [], SHA256.HashData([]))), Is.EqualTo(GenesisHash));
    }

    [Test]
    public void HeaderHash_Number128NeedingSignPadding_MatchesVector()
    {
        var hash = BlockHashing.HeaderHash(128, Convert.FromHexString(GenesisHash), SHA256.HashData("abc"u8));

        Assert.That(Convert.ToHexStringLower(hash), Is.EqualTo(Block128Hash));
    }

    [Test]
    public void HeaderBytes_Number128_EncodesMinimalTwosComplement()
    {
        var der = BlockHashing.HeaderBytes(128, [], []);

        Assert.That(Convert.ToHexStringLower(der), Does.StartWith("3008020200800400"));
    }

    [Test]
    public void DataHash_TwoEnvelopes_IsHashOfConcatenation()
    {
        byte[] first = [1, 2, 3];
        byte[] second = [4, 5];

        var hash = BlockHashing.DataHash([first, second]);

        Assert.That(hash, Is.EqualTo(SHA256.HashData([1, 2, 3, 4, 5])));
    }
}
