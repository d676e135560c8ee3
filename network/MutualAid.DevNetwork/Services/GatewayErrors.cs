using Fabric.Protos.GatewayApi;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace MutualAid.DevNetwork.Services;

/// <summary>
/// gRPC errors as Fabric's gateway raises them: a status code and message, with the per-node
/// <see cref="ErrorDetail"/>s packed into a google.rpc.Status in the grpc-status-details-bin trailer.
/// </summary>
public static class GatewayErrors
{
    private const string DetailsTrailer = "grpc-status-details-bin";

    /// <summary>An <see cref="RpcException"/> with <paramref name="details"/> attached.</summary>
    public static RpcException Create(StatusCode code, string message, params ErrorDetail[] details)
    {
        var status = new Fabric.Protos.Rpc.Status { Code = (int)code, Message = message };
        status.Details.AddRange(details.Select(Any.Pack));
        var trailers = new Metadata { { DetailsTrailer, status.ToByteArray() } };
        return new RpcException(new Status(code, message), trailers, message);
    }

    /// <summary>The details a peer gives about itself.</summary>
    public static ErrorDetail Detail(string address, string mspId, string message) =>
        new() { Address = address, MspId = mspId, Message = message };
}
