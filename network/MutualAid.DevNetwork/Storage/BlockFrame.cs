using System.Buffers.Binary;
using System.IO.Hashing;

namespace MutualAid.DevNetwork.Storage;

/// <summary>
/// The on-disk frame of one block: a fixed header (magic, payload length, CRC-32 of the payload,
/// block number) followed by the serialized block. A frame that is cut short or whose checksum
/// does not match marks the end of what was durably written.
/// </summary>
internal static class BlockFrame
{
    /// <summary>Bytes before the payload.</summary>
    public const int HeaderSize = 20;

    private const uint Magic = 0x4B4C4246; // "FBLK" little-endian

    /// <summary>Writes the header for <paramref name="payload"/> into <paramref name="header"/>.</summary>
    public static void WriteHeader(Span<byte> header, ulong number, ReadOnlySpan<byte> payload)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], Crc32.HashToUInt32(payload));
        BinaryPrimitives.WriteUInt64LittleEndian(header[12..], number);
    }

    /// <summary>Reads a header; false when the bytes are not a frame header.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> header, out ulong number, out int length, out uint checksum)
    {
        number = 0;
        length = 0;
        checksum = 0;
        if (header.Length < HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
        {
            return false;
        }

        length = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        checksum = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        number = BinaryPrimitives.ReadUInt64LittleEndian(header[12..]);
        return length >= 0;
    }

    /// <summary>True when the payload matches the checksum its header recorded.</summary>
    public static bool IsIntact(ReadOnlySpan<byte> payload, uint checksum) => Crc32.HashToUInt32(payload) == checksum;
}
