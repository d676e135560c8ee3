using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;
using Fabric.Msp.Tests.Support;

namespace Fabric.Msp.Tests.Signing;

public class DerSignatureTests
{
    [Test]
    public void FromP1363_HighS_NormalisesToLowS()
    {
        var rs = new byte[64];
        rs[31] = 1;
        CurveParameters.P256.Order.TryWriteBytes(rs.AsSpan(32), out _, isUnsigned: true, isBigEndian: true);
        rs[63] -= 1; // s = n - 1, the highest possible S

        var der = DerSignature.FromP1363(rs);

        Assert.That(Signatures.S(der), Is.EqualTo(System.Numerics.BigInteger.One));
        Assert.That(DerSignature.IsLowS(der), Is.True);
    }

    [Test]
    public void NormalizeLowS_HighS_ReturnsNMinusS()
    {
        using var pki = TestPki.Create();
        var low = pki.Issue().Signer.Sign("m"u8);
        var high = Signatures.ToHighS(low);

        var normalised = DerSignature.NormalizeLowS(high);

        Assert.That(DerSignature.IsLowS(high), Is.False);
        Assert.That(normalised, Is.EqualTo(low));
    }

    [TestCase("")]
    [TestCase("30")]
    [TestCase("300602010102010100")]
    [TestCase("3006020100020101")]
    [TestCase("30060201ff020101")]
    [TestCase("300702020001020101")]
    [TestCase("31060201010201 01")]
    [TestCase("deadbeef")]
    public void Decode_MalformedDer_ThrowsMalformedSignature(string hex)
    {
        var bytes = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

        var error = Assert.Throws<SignatureRejectedException>(() => DerSignature.Decode(bytes));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.MalformedSignature));
    }

    [Test]
    public void Decode_MinimalValidDer_ReturnsRAndS()
    {
        var (r, s) = DerSignature.Decode(Convert.FromHexString("3006020101020102"));

        Assert.That((int)r, Is.EqualTo(1));
        Assert.That((int)s, Is.EqualTo(2));
    }

    [Test]
    public void FromP1363_WrongLength_ThrowsMalformedSignature()
    {
        var error = Assert.Throws<SignatureRejectedException>(() => DerSignature.FromP1363(new byte[63]));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.MalformedSignature));
    }
}
