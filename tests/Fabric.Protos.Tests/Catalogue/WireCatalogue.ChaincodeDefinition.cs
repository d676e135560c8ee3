using Fabric.Protos.Common;
using Fabric.Protos.Peer;

namespace Fabric.Protos.Tests.Catalogue;

// Legacy lifecycle definitions and the results of peer queries.
public sealed partial class WireCatalogue
{
    private void AddChaincodeDefinitions()
    {
        const WireFamily family = WireFamily.ChaincodeDefinition;
        var policyEnvelope = Entry<SignaturePolicyEnvelope>("SignaturePolicyEnvelope");
        Add(family, "ChaincodeDeploymentSpec", new ChaincodeDeploymentSpec
        {
            ChaincodeSpec = Entry<ChaincodeSpec>("ChaincodeSpec"),
            CodePackage = Utf8("code-package-tar-gz"),
        });
        Add(family, "LifecycleEvent", new LifecycleEvent { ChaincodeName = "mutualaid" });
        Add(family, "CDSData", new CDSData { Hash = Utf8("code-hash"), Metadatahash = Utf8("metadata-hash") });
        Add(family, "ChaincodeData", new ChaincodeData
        {
            Name = "mutualaid",
            Version = "1.2",
            Escc = "escc",
            Vscc = "vscc",
            Policy = policyEnvelope,
            Data = Utf8("package-data"),
            Id = Utf8("package-id"),
            InstantiationPolicy = policyEnvelope,
        });
        Add(family, "ChaincodeQueryResponse", new ChaincodeQueryResponse
        {
            Chaincodes =
            {
                new ChaincodeInfo
                {
                    Name = "mutualaid",
                    Version = "1.2",
                    Path = "github.com/mutualaid/chaincode",
                    Input = "input",
                    Escc = "escc",
                    Vscc = "vscc",
                    Id = Utf8("package-id"),
                },
            },
        });
        Add(family, "ChannelQueryResponse", new ChannelQueryResponse { Channels = { new ChannelInfo { ChannelId = ChannelId } } });
        Add(family, "JoinBySnapshotStatus", new JoinBySnapshotStatus
        {
            InProgress = true,
            BootstrappingSnapshotDir = "/var/snapshots/40",
        });
    }
}
