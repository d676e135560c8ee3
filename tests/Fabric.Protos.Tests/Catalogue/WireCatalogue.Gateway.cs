using Fabric.Protos.Common;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Msp;
using Fabric.Protos.Orderer;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using RpcStatus = Fabric.Protos.Rpc.Status;

namespace Fabric.Protos.Tests.Catalogue;

// Gateway requests and responses, and the google.rpc.Status that carries ErrorDetail entries.
public sealed partial class WireCatalogue
{
    /// <summary>The SeekPosition variants, by the suffix of their catalogue entry names.</summary>
    public static IReadOnlyList<string> SeekPositionKinds { get; } = ["Newest", "Oldest", "Specified", "NextCommit"];

    private static SeekPosition PositionOf(string kind) => kind switch
    {
        "Newest" => new SeekPosition { Newest = new SeekNewest() },
        "Oldest" => new SeekPosition { Oldest = new SeekOldest() },
        "Specified" => new SeekPosition { Specified = new SeekSpecified { Number = 1234 } },
        "NextCommit" => new SeekPosition { NextCommit = new SeekNextCommit() },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown seek position"),
    };

    private static Any PackErrorDetail(ErrorDetail detail) => new()
    {
        TypeUrl = "type.googleapis.com/gateway.ErrorDetail",
        Value = detail.ToByteString(),
    };

    private void AddGateway()
    {
        const WireFamily family = WireFamily.Gateway;
        var identity = Entry<SerializedIdentity>("SerializedIdentity").ToByteString();
        var signedProposal = Entry<SignedProposal>("SignedProposal");
        var envelope = Entry<Envelope>("Envelope");
        Add(family, "EndorseRequest", new EndorseRequest
        {
            TransactionId = TxId,
            ChannelId = ChannelId,
            ProposedTransaction = signedProposal,
            EndorsingOrganizations = { "InsurerMSP", "ReliefMSP" },
        });
        Add(family, "EndorseResponse", new EndorseResponse { PreparedTransaction = envelope });
        Add(family, "SubmitRequest", new SubmitRequest { TransactionId = TxId, ChannelId = ChannelId, PreparedTransaction = envelope });
        Add(family, "SubmitResponse", new SubmitResponse());
        var commitStatusRequest = Add(family, "CommitStatusRequest", new CommitStatusRequest
        {
            TransactionId = TxId,
            ChannelId = ChannelId,
            Identity = identity,
        });
        Add(family, "SignedCommitStatusRequest", new SignedCommitStatusRequest
        {
            Request = commitStatusRequest.ToByteString(),
            Signature = Utf8("commit-status-signature"),
        });
        Add(family, "CommitStatusResponse", new CommitStatusResponse
        {
            Result = TxValidationCode.EndorsementPolicyFailure,
            BlockNumber = 42,
        });
        Add(family, "EvaluateRequest", new EvaluateRequest
        {
            TransactionId = TxId,
            ChannelId = ChannelId,
            ProposedTransaction = signedProposal,
            TargetOrganizations = { "RegulatorMSP" },
        });
        Add(family, "EvaluateResponse", new EvaluateResponse { Result = Entry<Response>("Response") });
        ChaincodeEventsRequest? eventsRequest = null;
        foreach (var kind in SeekPositionKinds)
        {
            eventsRequest = Add(family, $"ChaincodeEventsRequest.{kind}", new ChaincodeEventsRequest
            {
                ChannelId = ChannelId,
                ChaincodeId = "mutualaid",
                Identity = identity,
                StartPosition = PositionOf(kind),
                AfterTransactionId = TxId,
            });
        }

        Add(family, "SignedChaincodeEventsRequest", new SignedChaincodeEventsRequest
        {
            Request = eventsRequest!.ToByteString(),
            Signature = Utf8("events-signature"),
        });
        var approved = Entry<ChaincodeEvent>("ChaincodeEvent").Clone();
        approved.EventName = "ClaimApproved";
        Add(family, "ChaincodeEventsResponse", new ChaincodeEventsResponse
        {
            Events = { Entry<ChaincodeEvent>("ChaincodeEvent"), approved },
            BlockNumber = 43,
        });
        var detail = Add(family, "ErrorDetail", new ErrorDetail
        {
            Address = "peer0.insurer.example:7051",
            MspId = "InsurerMSP",
            Message = "chaincode response 500, pool closed",
        });
        Add(family, "ProposedTransaction", new ProposedTransaction
        {
            TransactionId = TxId,
            Proposal = signedProposal,
            EndorsingOrganizations = { "InsurerMSP", "ReliefMSP" },
        });
        Add(family, "PreparedTransaction", new PreparedTransaction { TransactionId = TxId, Envelope = envelope });
        Add(family, "Status", new RpcStatus
        {
            Code = 10,
            Message = "failed to endorse transaction, see attached details for more info",
            Details =
            {
                PackErrorDetail(detail),
                PackErrorDetail(new ErrorDetail { Address = "peer0.relief.example:7051", MspId = "ReliefMSP", Message = "timeout" }),
            },
        });
    }
}
