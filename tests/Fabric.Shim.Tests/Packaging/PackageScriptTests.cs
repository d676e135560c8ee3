using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Fabric.Shim.Tests.Packaging;

public sealed class PackageScriptTests
{
    private DirectoryInfo _output = null!;

    [SetUp]
    public void CreateOutput() => _output = Directory.CreateTempSubdirectory("ccaas-package-");

    [TearDown]
    public void DeleteOutput() => _output.Delete(recursive: true);

    [Test]
    public async Task PackageScript_LabelAndAddress_PrintsFabricPackageIdAndWritesCcaasLayout()
    {
        var (exitCode, stdout, stderr) = await RunScriptAsync("basic_1.0", "asset-transfer-basic.org1.example.com:9999", _output.FullName);

        Assert.That(exitCode, Is.Zero, stderr);
        var package = Path.Combine(_output.FullName, "basic_1.0.tar.gz");
        var expectedId = "basic_1.0:" + Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(package)));
        Assert.That(stdout.Trim(), Is.EqualTo(expectedId));

        var entries = ReadTarGz(await File.ReadAllBytesAsync(package));
        Assert.That(entries.Keys, Is.EquivalentTo(new[] { "metadata.json", "code.tar.gz" }));
        Assert.That(Encoding.UTF8.GetString(entries["metadata.json"]).Trim(), Is.EqualTo("{\"type\":\"ccaas\",\"label\":\"basic_1.0\"}"));
        var code = ReadTarGz(entries["code.tar.gz"]);
        Assert.That(Encoding.UTF8.GetString(code["connection.json"]).Trim(),
            Is.EqualTo("{\"address\":\"asset-transfer-basic.org1.example.com:9999\",\"dial_timeout\":\"10s\",\"tls_required\":false}"));
    }

    [Test]
    public async Task PackageScript_SameInputsTwice_GivesSamePackageId()
    {
        var first = await RunScriptAsync("basic_1.0", "cc:9999", _output.FullName);
        var second = await RunScriptAsync("basic_1.0", "cc:9999", _output.FullName);

        Assert.That(second.Stdout, Is.EqualTo(first.Stdout));
    }

    [Test]
    public async Task PackageScript_InvalidLabel_FailsWithMessage()
    {
        var (exitCode, _, stderr) = await RunScriptAsync("-bad label", "cc:9999", _output.FullName);

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(stderr, Does.Contain("label").Or.Contain("unknown option"));
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunScriptAsync(params string[] args)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("the packaging script needs bash and tar");
        }

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(FindScript());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindScript()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "chaincode", "scripts", "package-ccaas.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Ignore("chaincode/scripts/package-ccaas.sh was not found above the test directory");
        return string.Empty;
    }

    private static Dictionary<string, byte[]> ReadTarGz(byte[] archive)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var gzip = new GZipStream(new MemoryStream(archive), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null)
            {
                continue;
            }

            using var content = new MemoryStream();
            entry.DataStream.CopyTo(content);
            entries[entry.Name.TrimStart('.', '/')] = content.ToArray();
        }

        return entries;
    }
}
