using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Lifecycle;
using MutualAid.DevNetwork.Policies;

namespace MutualAid.DevNetwork.Hosting;

/// <summary>Turns configured chaincodes (addresses, ccaas packages, collections) into channel definitions.</summary>
public static class ChaincodeDefinitions
{
    /// <summary>The definitions for one channel: configured chaincodes, then command-line ones.</summary>
    /// <exception cref="InvalidDataException">A package cannot be read.</exception>
    public static IEnumerable<ChaincodeDefinition> For(
        ChannelConfig channel, IEnumerable<ChaincodeConfig> configured, IReadOnlyDictionary<string, string> commandLine)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var channelPolicy = SignaturePolicyCompiler.Compile(channel.EndorsementPolicy);
        foreach (var chaincode in configured)
        {
            var package = chaincode.Package is null ? null : ChaincodePackage.Read(chaincode.Package);
            yield return new ChaincodeDefinition
            {
                Name = chaincode.Name,
                Version = chaincode.Version,
                EndorsementPolicy = chaincode.EndorsementPolicy is null ? channelPolicy : SignaturePolicyCompiler.Compile(chaincode.EndorsementPolicy),
                Endpoint = package?.Endpoint ?? new ChaincodeEndpoint(chaincode.Address!, TimeSpan.FromSeconds(10)),
                PackageId = package?.PackageId,
                Collections = chaincode.Collections.ToDictionary(c => c.Name, Collection, StringComparer.Ordinal),
            };
        }

        foreach (var (name, address) in commandLine)
        {
            yield return address.EndsWith(".tar.gz", StringComparison.Ordinal) ? FromPackage(name, address, channelPolicy) : new ChaincodeDefinition
            {
                Name = name,
                EndorsementPolicy = channelPolicy,
                Endpoint = new ChaincodeEndpoint(address, TimeSpan.FromSeconds(10)),
            };
        }
    }

    private static ChaincodeDefinition FromPackage(string name, string path, Fabric.Protos.Common.SignaturePolicyEnvelope policy)
    {
        var package = ChaincodePackage.Read(path);
        return new ChaincodeDefinition { Name = name, EndorsementPolicy = policy, Endpoint = package.Endpoint, PackageId = package.PackageId };
    }

    private static CollectionDefinition Collection(CollectionConfig config)
    {
        var policy = PolicyParser.Parse(config.Policy);
        return new CollectionDefinition(
            config.Name, SignaturePolicyCompiler.Compile(policy), MspIdsOf(policy).ToHashSet(StringComparer.Ordinal),
            config.BlockToLive, config.MemberOnlyRead, config.MemberOnlyWrite);
    }

    private static IEnumerable<string> MspIdsOf(PolicyExpression expression) => expression switch
    {
        SignedBy signedBy => [signedBy.MspId],
        OutOf outOf => outOf.Rules.SelectMany(MspIdsOf),
        _ => [],
    };
}
