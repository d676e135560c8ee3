namespace Fabric.Client.Errors;

/// <summary>
/// What one endorsing peer or orderer reported when a gateway call failed: its address, its MSP id and
/// its message, as carried in the <c>gateway.ErrorDetail</c> entries of the gRPC status details.
/// </summary>
/// <param name="Address">The node's address, e.g. <c>peer0.insurer.example.com:7051</c>.</param>
/// <param name="MspId">The node's MSP id.</param>
/// <param name="Message">The node's error message, e.g. <c>chaincode response 500, boom</c>.</param>
public sealed record ErrorDetail(string Address, string MspId, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Address} ({MspId}): {Message}";
}
