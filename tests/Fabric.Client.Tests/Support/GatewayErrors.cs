using Fabric.Protos.GatewayApi;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using GrpcStatus = Fabric.Protos.Rpc.Status;

namespace Fabric.Client.Tests.Support;

/// <summary>Builds the failures a Fabric gateway returns: a status plus gateway.ErrorDetail entries in grpc-status-details-bin.</summary>
internal static class GatewayErrors
{
    public static RpcException Failure(StatusCode code, string message, params ErrorDetail[] details)
    {
        var status = new GrpcStatus { Code = (int)code, Message = message };
        foreach (var detail in details)
        {
            status.Details.Add(Any.Pack(detail));
        }

        var trailers = new Metadata { { "grpc-status-details-bin", status.ToByteArray() } };
        return new RpcException(new Status(code, message), trailers);
    }

    public static ErrorDetail Detail(string address, string mspId, string message) =>
        new() { Address = address, MspId = mspId, Message = message };
}
