using System.Text.Json;
using System.Text.Json.Serialization;

namespace MutualAid.DevNetwork.Configuration;

/// <summary>The whole development network: organizations, the ordering organization and channels.</summary>
public sealed record NetworkConfig
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Peer organizations.</summary>
    public required IReadOnlyList<OrganizationConfig> Organizations { get; init; }

    /// <summary>The ordering organization.</summary>
    public required OrdererConfig Orderer { get; init; }

    /// <summary>Channels every peer joins.</summary>
    public required IReadOnlyList<ChannelConfig> Channels { get; init; }

    /// <summary>Chaincodes defined on every channel (besides those given on the command line).</summary>
    public IReadOnlyList<ChaincodeConfig> Chaincodes { get; init; } = [];

    /// <summary>TLS on the peers' ports; plaintext by default.</summary>
    public TlsConfig Tls { get; init; } = new();

    /// <summary>The window a Deliver request's timestamp must fall in; Fabric's 15 minutes by default.</summary>
    public AuthenticationConfig Authentication { get; init; } = new();

    /// <summary>Reads a configuration file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid configuration.</exception>
    public static NetworkConfig Load(string path)
    {
        try
        {
            var config = JsonSerializer.Deserialize<NetworkConfig>(File.ReadAllText(path), JsonOptions)
                ?? throw new InvalidDataException($"{path} is empty");
            config.Validate();
            return config;
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path} is not a valid network configuration: {error.Message}", error);
        }
    }

    /// <summary>Writes this configuration as indented JSON.</summary>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, JsonOptions));

    /// <summary>Checks cross-references: channel members exist, names are unique, policies parse.</summary>
    /// <exception cref="InvalidDataException">The first problem found.</exception>
    public void Validate()
    {
        var mspIds = Organizations.Select(o => o.MspId).ToHashSet(StringComparer.Ordinal);
        Require(mspIds.Count == Organizations.Count, "organization MSP ids must be unique");
        Require(!mspIds.Contains(Orderer.MspId), "the orderer MSP id must differ from the peer organizations'");
        Require(Channels.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() == Channels.Count, "channel names must be unique");
        foreach (var channel in Channels)
        {
            Require(channel.Name.Length > 0 && channel.Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-'),
                $"channel name '{channel.Name}' must be lowercase letters, digits, '.' and '-'");
            Require(channel.Readers.Concat(channel.Writers).All(mspIds.Contains), $"channel {channel.Name} names an unknown organization");
            Require(channel.MaxMessageCount > 0 && channel.BatchTimeoutMilliseconds > 0, $"channel {channel.Name} needs positive batch settings");
            ParsePolicy(channel.EndorsementPolicy, $"channel {channel.Name}");
        }

        Require(Tls.Enabled || !Tls.ClientAuthRequired, "tls.clientAuthRequired needs tls.enabled");
        Require(Authentication.TimeWindowSeconds > 0, $"authentication.timeWindowSeconds must be positive, got {Authentication.TimeWindowSeconds}");
        Require(Chaincodes.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() == Chaincodes.Count, "chaincode names must be unique");
        foreach (var chaincode in Chaincodes)
        {
            Require((chaincode.Address is null) != (chaincode.Package is null), $"chaincode {chaincode.Name} needs exactly one of address and package");
            if (chaincode.EndorsementPolicy is not null)
            {
                ParsePolicy(chaincode.EndorsementPolicy, $"chaincode {chaincode.Name}");
            }

            foreach (var collection in chaincode.Collections)
            {
                ParsePolicy(collection.Policy, $"collection {collection.Name} of {chaincode.Name}");
            }
        }
    }

    private static void ParsePolicy(string text, string where)
    {
        try
        {
            Policies.PolicyParser.Parse(text);
        }
        catch (FormatException error)
        {
            throw new InvalidDataException($"{where}: {error.Message}", error);
        }
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException(problem);
        }
    }
}

/// <summary>The ordering organization and its orderer's port.</summary>
public sealed record OrdererConfig
{
    /// <summary>MSP id, e.g. <c>OrdererMSP</c>.</summary>
    public required string MspId { get; init; }

    /// <summary>DNS domain, e.g. <c>example.com</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>Host label of the orderer, e.g. <c>orderer</c>.</summary>
    public string Name { get; init; } = "orderer";
}
