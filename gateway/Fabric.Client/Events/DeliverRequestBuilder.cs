using Fabric.Protos.Common;
using Fabric.Protos.Orderer;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Fabric.Client.Events;

/// <summary>
/// Builds the unsigned seek envelope for Deliver: a DELIVER_SEEK_INFO channel header (epoch 0, timestamp,
/// TLS client certificate hash if any), the creator, and a SeekInfo from the position to the largest block.
/// </summary>
internal static class DeliverRequestBuilder
{
    public static Envelope Build(SigningContext signing, string channel, EventPosition position, GatewayOptions options)
    {
        var millis = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var channelHeader = new ChannelHeader
        {
            Type = (int)HeaderType.DeliverSeekInfo,
            ChannelId = channel,
            Epoch = 0,
            Timestamp = new Timestamp { Seconds = millis / 1000, Nanos = (int)(millis % 1000) * 1_000_000 },
            TlsCertHash = ByteString.CopyFrom(options.TlsClientCertificateHash.Span),
        };
        var seekInfo = new SeekInfo
        {
            Start = position.ToSeekPosition(),
            Stop = new SeekPosition { Specified = new SeekSpecified { Number = ulong.MaxValue } },
        };
        var payload = new Payload
        {
            Header = new Header
            {
                ChannelHeader = channelHeader.ToByteString(),
                SignatureHeader = new SignatureHeader { Creator = signing.Creator }.ToByteString(),
            },
            Data = seekInfo.ToByteString(),
        };
        return new Envelope { Payload = payload.ToByteString() };
    }
}
