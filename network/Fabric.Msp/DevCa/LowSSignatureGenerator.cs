using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;

namespace Fabric.Msp.DevCa;

/// <summary>
/// Signs certificates with ECDSA and a low S, so issued certificates are already in the form Fabric's
/// MSP normalises certificates to before comparing identities.
/// </summary>
internal sealed class LowSSignatureGenerator : X509SignatureGenerator
{
    private readonly ECDsa _key;
    private readonly EcdsaCurve _curve;
    private readonly X509SignatureGenerator _standard;

    public LowSSignatureGenerator(ECDsa key)
    {
        _key = key;
        _curve = CurveParameters.For(key).Curve;
        _standard = CreateForECDsa(key);
    }

    public override byte[] GetSignatureAlgorithmIdentifier(HashAlgorithmName hashAlgorithm) =>
        _standard.GetSignatureAlgorithmIdentifier(hashAlgorithm);

    public override byte[] SignData(byte[] data, HashAlgorithmName hashAlgorithm) =>
        DerSignature.FromP1363(
            _key.SignData(data, hashAlgorithm, DSASignatureFormat.IeeeP1363FixedFieldConcatenation), _curve);

    protected override PublicKey BuildPublicKey() => _standard.PublicKey;
}
