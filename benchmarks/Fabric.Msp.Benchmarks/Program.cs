using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Benchmarks;
using Fabric.Msp.DevCa;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;
using Fabric.Msp.Transactions;
using Fabric.Msp.Validation;
using Fabric.Msp.Verification;

// ECDSA P-256 signing and verification rates on this machine, single-threaded, plus development CA timings.
var root = Path.Combine(Path.GetTempPath(), "fabric-msp-bench-" + Guid.NewGuid().ToString("N"));
var users = new[] { new DevUser("User1"), new DevUser("User2"), new DevUser("User3"), new DevUser("User4") };
var consortium = new DevConsortium(
    Enumerable.Range(1, 4).Select(i => new DevPeerOrganization($"Org{i}", $"Org{i}MSP", $"org{i}.example.com", ["peer0", "peer1"], users)).ToList(),
    new DevOrdererOrganization("Orderer", "OrdererMSP", "example.com", ["orderer"]));
try
{
    Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} logical processors, {RuntimeInformationText()}");
    Measure.Once("dev CA: generate 4 orgs x 8 identities + orderer", () => DevCryptoMaterial.Ensure(root, consortium));
    Measure.Once("dev CA: find it complete (no regeneration)", () => DevCryptoMaterial.Ensure(root, consortium));

    var organization = consortium.PeerOrganizations[0];
    var user = DevCryptoMaterial.LoadUser(root, organization, "User1");
    var signer = (EcdsaSigner)user.Signer;
    var identity = user.Identity;
    var message = RandomNumberGenerator.GetBytes(1024);
    var signature = signer.Sign(message);
    var verifier = new SignatureVerifier();

    Measure.Rate("sign (SHA-256 + ECDSA P-256, DER, low-S)", _ => signer.Sign(message));
    Measure.Rate("verify, cached public key", _ => verifier.Verify(identity, message, signature));
    Measure.Rate("verify, public key re-imported per call", _ =>
    {
        using var key = identity.Certificate.GetECDsaPublicKey()!;
        key.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    });
    Measure.Rate("deserialize creator + verify (cached key)", _ =>
        verifier.Verify(X509Identity.Deserialize(identity.Serialized.Span), message, signature));
    Measure.Rate("transaction id (SHA-256 of nonce + creator)", _ => TransactionContext.New(identity));

    var msp = DevCryptoMaterial.LoadMsp(root, organization);
    Measure.Rate("MSP validate, cached result", _ => msp.Validate(identity));
    Measure.Rate("MSP validate, chain built each call", _ =>
        new MspDefinition(msp.MspId, msp.RootCertificates, msp.IntermediateCertificates, msp.NodeOus).Validate(identity), TimeSpan.FromSeconds(1));
}
finally
{
    Directory.Delete(root, recursive: true);
}

static string RuntimeInformationText() => System.Runtime.InteropServices.RuntimeInformation.OSDescription;
