using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using MutualAid.DevNetwork.Lifecycle;

namespace MutualAid.DevNetwork.Tests.Lifecycle;

public class ChaincodePackageTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("package-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Read_CcaasPackage_PackageIdIsLabelAndSha256OfFile()
    {
        var path = Package("""{"type":"ccaas","label":"mutualaid_1.0"}""", """{"address":"chaincode:9999","dial_timeout":"10s","tls_required":false}""");

        var package = ChaincodePackage.Read(path);

        Assert.That(package.PackageId, Is.EqualTo("mutualaid_1.0:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))));
        Assert.That(package.Endpoint.Address, Is.EqualTo("chaincode:9999"));
        Assert.That(package.Endpoint.DialTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(package.Endpoint.TlsRequired, Is.False);
    }

    [TestCase("""{"type":"golang","label":"cc"}""", "only chaincode-as-a-service")]
    [TestCase("""{"type":"ccaas","label":"-bad"}""", "label")]
    public void Read_WrongTypeOrLabel_Refused(string metadata, string reason)
    {
        var path = Package(metadata, """{"address":"x:1"}""");

        Assert.That(() => ChaincodePackage.Read(path), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(reason));
    }

    [Test]
    public void Read_TlsWithoutRootCert_Refused()
    {
        var path = Package("""{"type":"ccaas","label":"cc"}""", """{"address":"x:1","tls_required":true}""");

        Assert.That(() => ChaincodePackage.Read(path), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("root_cert"));
    }

    [Test]
    public void Read_NotATarGz_Refused()
    {
        var path = Path.Combine(_directory, "garbage.tar.gz");
        File.WriteAllText(path, "not a package");

        Assert.That(() => ChaincodePackage.Read(path), Throws.InstanceOf<InvalidDataException>());
    }

    [TestCase("10s", 10_000)]
    [TestCase("500ms", 500)]
    [TestCase("1m30s", 90_000)]
    public void ParseDuration_GoDurations_Parsed(string text, int milliseconds)
    {
        Assert.That(ConnectionJson.ParseDuration(text), Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
    }

    private string Package(string metadata, string connection)
    {
        var code = TarGz(("connection.json", connection));
        var path = Path.Combine(_directory, "package.tar.gz");
        File.WriteAllBytes(path, TarGz(("metadata.json", metadata), ("code.tar.gz", code)));
        return path;
    }

    private static byte[] TarGz(params (string Name, object Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            foreach (var (name, content) in entries)
            {
                var bytes = content as byte[] ?? Encoding.UTF8.GetBytes((string)content);
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
            }
        }

        return output.ToArray();
    }
}
