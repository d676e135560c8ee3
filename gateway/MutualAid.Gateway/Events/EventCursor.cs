using System.Globalization;
using Fabric.Client.Events;

namespace MutualAid.Gateway.Events;

/// <summary>
/// The id of an event on the stream, <c>&lt;block&gt;:&lt;transaction id&gt;</c>, and the checkpoint it stands for: a
/// stream resumed from it starts at that block and skips every event up to and including that transaction (each
/// transaction of the chaincode emits exactly one event).
/// </summary>
/// <param name="BlockNumber">The block holding the last event seen.</param>
/// <param name="TransactionId">The transaction of the last event seen.</param>
public sealed record EventCursor(ulong? BlockNumber, string? TransactionId) : ICheckpoint
{
    /// <summary>Formats the id of an event.</summary>
    public static string Format(ChaincodeEvent chaincodeEvent)
    {
        ArgumentNullException.ThrowIfNull(chaincodeEvent);
        return chaincodeEvent.BlockNumber.ToString(CultureInfo.InvariantCulture) + ":" + chaincodeEvent.TransactionId;
    }

    /// <summary>Parses an event id; null when it is not <c>&lt;block&gt;:&lt;txid&gt;</c>.</summary>
    public static EventCursor? Parse(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < id.Length - 1 && ulong.TryParse(id.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var block)
            ? new EventCursor(block, id[(colon + 1)..])
            : null;
    }
}
