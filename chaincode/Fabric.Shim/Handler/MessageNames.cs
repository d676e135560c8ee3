using Fabric.Protos.Peer;

namespace Fabric.Shim.Handler;

/// <summary>The wire names of message types (<c>GET_STATE</c>), as Fabric's logs and errors print them.</summary>
internal static class MessageNames
{
    public static string Of(ChaincodeMessage.Types.Type type) =>
        ChaincodeMessage.Descriptor.EnumTypes[0].FindValueByNumber((int)type)?.Name
        ?? ((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
