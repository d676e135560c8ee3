using MutualAid.DevNetwork.Configuration;

namespace MutualAid.DevNetwork.Hosting;

/// <summary>Command-line options of the development network.</summary>
public sealed record DevNetworkOptions
{
    /// <summary>Where crypto material, blocks and state live; created if missing.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>A network configuration file, or null for the default consortium.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Chaincodes from the command line: name → host:port (development shortcut) or a ccaas package path.</summary>
    public IReadOnlyDictionary<string, string> Chaincodes { get; init; } = new Dictionary<string, string>();

    /// <summary><c>--tls</c>: the peers serve TLS, each with its own server certificate.</summary>
    public bool Tls { get; init; }

    /// <summary><c>--tls-client-auth</c>: TLS with client certificates required (implies <see cref="Tls"/>).</summary>
    public bool TlsClientAuth { get; init; }

    /// <summary>
    /// Parses <c>--data DIR</c>, <c>--config FILE</c>, repeated <c>--chaincode NAME=HOST:PORT</c>, and the switches
    /// <c>--tls</c> and <c>--tls-client-auth</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown flag, a missing value or a malformed chaincode.</exception>
    public static DevNetworkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var data = "data";
        string? configFile = null;
        var chaincodes = new Dictionary<string, string>(StringComparer.Ordinal);
        bool tls = false, clientAuth = false;
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            if (flag is "--tls" or "--tls-client-auth")
            {
                tls = true;
                clientAuth |= flag == "--tls-client-auth";
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{flag} needs a value");
            switch (flag)
            {
                case "--data":
                    data = value;
                    break;
                case "--config":
                    configFile = Path.GetFullPath(value);
                    break;
                case "--chaincode":
                    var parts = value.Split('=', 2);
                    if (parts.Length != 2 || parts[0].Length == 0
                        || !(parts[1].Contains(':', StringComparison.Ordinal) || parts[1].EndsWith(".tar.gz", StringComparison.Ordinal)))
                    {
                        throw new ArgumentException($"--chaincode expects NAME=HOST:PORT or NAME=PACKAGE.tar.gz, got '{value}'");
                    }

                    chaincodes[parts[0]] = parts[1];
                    break;
                default:
                    throw new ArgumentException($"unknown option '{flag}' (expected --data, --config, --chaincode, --tls or --tls-client-auth)");
            }
        }

        return new DevNetworkOptions
        {
            DataDirectory = Path.GetFullPath(data), ConfigFile = configFile, Chaincodes = chaincodes, Tls = tls, TlsClientAuth = clientAuth,
        };
    }

    /// <summary>The configuration with the TLS switches applied: a switch turns TLS on, never off (a file may enable it).</summary>
    public NetworkConfig ApplyTo(NetworkConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Tls ? config with { Tls = new TlsConfig { Enabled = true, ClientAuthRequired = TlsClientAuth || config.Tls.ClientAuthRequired } } : config;
    }
}
