using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;

namespace MutualAid.DevNetwork.Tests.Tls;

/// <summary>The TLS switches of the command line and the configuration's consistency check.</summary>
public class OptionsTests
{
    [Test]
    public void Parse_NoTlsSwitch_KeepsPlaintext()
    {
        var options = DevNetworkOptions.Parse(["--data", "d"]);

        Assert.That(options.ApplyTo(DefaultNetwork.Create()).Tls, Is.EqualTo(new TlsConfig()));
    }

    [Test]
    public void Parse_TlsSwitch_EnablesTlsWithoutClientAuth()
    {
        var options = DevNetworkOptions.Parse(["--tls", "--data", "d"]);

        Assert.That(options.ApplyTo(DefaultNetwork.Create()).Tls, Is.EqualTo(new TlsConfig { Enabled = true }));
    }

    [Test]
    public void Parse_TlsClientAuthSwitch_EnablesTlsAndClientAuth()
    {
        var options = DevNetworkOptions.Parse(["--data", "d", "--tls-client-auth"]);

        Assert.That(options.ApplyTo(DefaultNetwork.Create()).Tls, Is.EqualTo(new TlsConfig { Enabled = true, ClientAuthRequired = true }));
    }

    [Test]
    public void Validate_ClientAuthWithoutTls_IsRefused()
    {
        var config = DefaultNetwork.Create() with { Tls = new TlsConfig { ClientAuthRequired = true } };

        Assert.Throws<InvalidDataException>(config.Validate);
    }

    [Test]
    public void Load_ConfigurationFileWithTls_ReadsTheSwitches()
    {
        var file = Path.GetTempFileName();
        try
        {
            (DefaultNetwork.Create() with { Tls = new TlsConfig { Enabled = true, ClientAuthRequired = true } }).Save(file);

            Assert.That(NetworkConfig.Load(file).Tls, Is.EqualTo(new TlsConfig { Enabled = true, ClientAuthRequired = true }));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
